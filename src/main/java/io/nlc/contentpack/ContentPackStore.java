package io.nlc.contentpack;

import io.nlc.content.StoredFrameworks;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activated packs, for the catalog; needs nobody signed in (start-up, and any round being started). */
@Component
@Transactional(readOnly = true)
class ContentPackStore implements StoredFrameworks {

    private final ContentPackRepository packs;

    ContentPackStore(ContentPackRepository packs) {
        this.packs = packs;
    }

    @Override
    public List<StoredPack> activated() {
        return packs.findByActivatedAtIsNotNullOrderByVersion().stream()
                .map(pack -> new StoredPack(pack.version(), pack.fileName(), pack.archive()))
                .toList();
    }

    @Override
    public int newestActivated() {
        return packs.newestActivated();
    }
}
