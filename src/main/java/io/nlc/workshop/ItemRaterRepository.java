package io.nlc.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRaterRepository extends JpaRepository<ItemRater, ItemRater.Key> {

    List<ItemRater> findByKeyAssessmentId(long assessmentId);

    List<ItemRater> findByKeyRaterId(long raterId);

    int countByKeyAssessmentIdAndKeyItemId(long assessmentId, String itemId);
}
