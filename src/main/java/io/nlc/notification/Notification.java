package io.nlc.notification;

import io.nlc.assessment.AssessmentStatus;
import io.nlc.content.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private long assessmentId;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    private String actorName;
    private String cityNameEn;
    private String cityNameFr;
    private String cityNameAr;
    private String roundLabel;
    private Instant createdAt;
    private @Nullable Instant readAt;

    protected Notification() {
        this(0, 0, AssessmentStatus.SUBMITTED, "", new LocalizedText("", "", ""), "", Instant.EPOCH);
    }

    Notification(
            long userId,
            long assessmentId,
            AssessmentStatus status,
            String actorName,
            LocalizedText city,
            String roundLabel,
            Instant createdAt) {
        this.userId = userId;
        this.assessmentId = assessmentId;
        this.status = status;
        this.actorName = actorName;
        this.cityNameEn = city.en();
        this.cityNameFr = city.fr();
        this.cityNameAr = city.ar();
        this.roundLabel = roundLabel;
        this.createdAt = createdAt;
    }

    long userId() {
        return userId;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView view() {
        return new NotificationView(
                id == null ? 0 : id,
                assessmentId,
                status,
                actorName,
                new LocalizedText(cityNameEn, cityNameFr, cityNameAr),
                roundLabel,
                createdAt,
                readAt == null);
    }
}
