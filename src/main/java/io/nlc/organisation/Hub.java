package io.nlc.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
class Hub {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String nameEn;
    private String nameFr;
    private String nameAr;

    @Version
    private long version;

    protected Hub() {
        this("", "", "", "");
    }

    Hub(String code, String nameEn, String nameFr, String nameAr) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.nameAr = nameAr;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("hub not saved yet");
        }
        return id;
    }

    String code() {
        return code;
    }

    long version() {
        return version;
    }

    void rename(io.nlc.content.LocalizedText name) {
        this.nameEn = name.en();
        this.nameFr = name.fr();
        this.nameAr = name.ar();
    }

    HubRef view() {
        return new HubRef(id(), code, new io.nlc.content.LocalizedText(nameEn, nameFr, nameAr));
    }
}
