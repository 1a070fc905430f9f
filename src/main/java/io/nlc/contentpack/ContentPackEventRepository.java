package io.nlc.contentpack;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the trail is appended to, never changed. */
interface ContentPackEventRepository extends Repository<ContentPackEvent, Long> {

    ContentPackEvent save(ContentPackEvent event);

    List<ContentPackEvent> findAllByOrderByHappenedAtDescIdDesc();
}
