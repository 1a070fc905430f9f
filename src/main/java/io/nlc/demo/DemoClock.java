package io.nlc.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The app's clock in the demo profile (primary over the kernel's system clock). It reads the real time, except on the thread that seeds the demo data while
 * a moment of the demo's story is pinned: rounds then start, change and get validated on their own dates from 2024
 * to 2026, so history, last activity and trends look lived in. Requests never see a pinned time.
 */
@Component
@Primary
@ConditionalOnProperty(name = "nlc.demo.enabled", havingValue = "true")
class DemoClock extends Clock {

    private final ThreadLocal<Instant> pinned;
    private final ZoneId zone;

    DemoClock() {
        this(new ThreadLocal<>(), ZoneOffset.UTC);
    }

    private DemoClock(ThreadLocal<Instant> pinned, ZoneId zone) {
        this.pinned = pinned;
        this.zone = zone;
    }

    /** From now on this thread reads {@code at}, until {@link #release()}. */
    void pin(Instant at) {
        pinned.set(at);
    }

    void release() {
        pinned.remove();
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new DemoClock(pinned, newZone);
    }
}
