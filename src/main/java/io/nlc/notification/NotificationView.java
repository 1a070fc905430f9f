package io.nlc.notification;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.content.LocalizedText;
import java.time.Instant;

/** A notification as shown in the bell: which round moved to which status, by whom, and whether it is new. */
public record NotificationView(
        long id,
        long assessmentId,
        AssessmentStatus status,
        String actor,
        LocalizedText city,
        String roundLabel,
        Instant at,
        boolean unread) {}
