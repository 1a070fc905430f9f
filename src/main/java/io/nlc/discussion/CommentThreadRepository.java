package io.nlc.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findByAssessmentIdOrderByCreatedAtAsc(long assessmentId);

    /** Open threads of many rounds, without their messages (lazy). */
    List<CommentThread> findByAssessmentIdInAndResolvedAtIsNull(Collection<Long> assessmentIds);
}
