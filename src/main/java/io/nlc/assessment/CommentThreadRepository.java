package io.nlc.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findByAssessmentIdOrderByCreatedAtAsc(long assessmentId);
}
