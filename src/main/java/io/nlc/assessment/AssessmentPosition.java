package io.nlc.assessment;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;

/** The item a person last worked on in an assessment. */
@Entity
class AssessmentPosition {

    @EmbeddedId
    private Key key;

    private String itemId;

    protected AssessmentPosition() {
        this(new Key(), "");
    }

    AssessmentPosition(Key key, String itemId) {
        this.key = key;
        this.itemId = itemId;
    }

    String itemId() {
        return itemId;
    }

    void moveTo(String item) {
        this.itemId = item;
    }

    @Embeddable
    record Key(long assessmentId, long userId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
