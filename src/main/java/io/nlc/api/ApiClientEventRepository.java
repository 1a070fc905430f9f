package io.nlc.api;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: no update or delete is offered, so the trail stays append-only. */
interface ApiClientEventRepository extends Repository<ApiClientEvent, Long> {

    ApiClientEvent save(ApiClientEvent event);

    List<ApiClientEvent> findAllByOrderByHappenedAtDescIdDesc();
}
