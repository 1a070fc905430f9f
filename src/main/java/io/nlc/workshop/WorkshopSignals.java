package io.nlc.workshop;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open workshop screens of a round that something changed (a rating, the item on the projector), after the
 * change is committed, so they read it back. In memory: with several instances each tells only its own screens.
 */
@Component
class WorkshopSignals {

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    Runnable subscribe(long assessmentId, Runnable listener) {
        listeners
                .computeIfAbsent(assessmentId, id -> new CopyOnWriteArraySet<>())
                .add(listener);
        return () -> listeners.computeIfPresent(assessmentId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void changed(long assessmentId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fire(assessmentId);
                }
            });
        } else {
            fire(assessmentId);
        }
    }

    /**
     * Each listener on a thread of its own: the change's request does not wait for screens to redraw, and their reads
     * never join the finished transaction.
     */
    private void fire(long assessmentId) {
        listeners.getOrDefault(assessmentId, Set.of()).forEach(Thread::startVirtualThread);
    }
}
