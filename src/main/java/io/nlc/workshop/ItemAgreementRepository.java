package io.nlc.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemAgreementRepository extends JpaRepository<ItemAgreement, ItemAgreement.Key> {

    List<ItemAgreement> findByKeyAssessmentId(long assessmentId);
}
