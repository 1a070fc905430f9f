package io.nlc.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByCityIdInOrderByUpdatedAtDesc(Collection<Long> cityIds);

    List<Assessment> findByCityIdIn(Collection<Long> cityIds);

    boolean existsByCityIdAndRoundLabelIgnoreCase(long cityId, String roundLabel);
}
