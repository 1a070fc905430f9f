package io.nlc.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentPositionRepository extends JpaRepository<AssessmentPosition, AssessmentPosition.Key> {}
