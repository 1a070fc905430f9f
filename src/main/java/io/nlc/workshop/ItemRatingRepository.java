package io.nlc.workshop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRatingRepository extends JpaRepository<ItemRating, Long> {

    List<ItemRating> findByAssessmentId(long assessmentId);

    List<ItemRating> findByAssessmentIdAndItemId(long assessmentId, String itemId);

    Optional<ItemRating> findByAssessmentIdAndItemIdAndRaterId(long assessmentId, String itemId, long raterId);

    List<ItemRating> findByRaterIdAndAssessmentIdIn(long raterId, Collection<Long> assessmentIds);
}
