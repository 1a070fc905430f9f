package io.nlc.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByUserIdAndReadAtIsNullAndCreatedAtAfter(long userId, Instant after);

    List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    List<Notification> findByUserIdAndReadAtIsNull(long userId);
}
