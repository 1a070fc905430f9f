package io.nlc.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * Every framework version the app knows: the shipped versions, loaded and validated at start-up, and the content
 * packs an administrator activated ({@link StoredFrameworks}). A broken version stops the start-up with the
 * validator's message, so users never meet a half-loaded framework. The newest version is the active one, the
 * one new rounds start on: activating a pack installs it, and a pack can only be activated above the active
 * version, so activations only ever move forward. Without packs, the newest shipped version is active, as before.
 *
 * <p>In the app the shipped versions are read on a background thread during start-up ({@link ContentConfiguration}):
 * the catalog is created at once for the beans that hold it and installs the versions on first use, at the latest
 * once every singleton is created, so the app is never ready before they are.
 */
public class FrameworkCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkCatalog.class);

    /** The installed versions and the shipped glossary, replaced whole on each installation so readers never lock. */
    private record Installed(NavigableMap<Integer, Framework> versions, Glossary glossary) {

        Installed with(Framework framework) {
            NavigableMap<Integer, Framework> next = new TreeMap<>(versions);
            next.put(framework.version(), framework);
            return new Installed(Collections.unmodifiableNavigableMap(next), glossary);
        }
    }

    /** Null until first use ({@link #installed()}). */
    private volatile @Nullable Installed installation;

    private final Supplier<ShippedFrameworks> shipped;
    private final @Nullable StoredFrameworks stored;
    /** The versions installed from content packs, so that a pack is read once. */
    private final Set<Integer> packs = ConcurrentHashMap.newKeySet();

    public FrameworkCatalog(String location) {
        this(location, null);
    }

    /** Reads the shipped versions now (tools and tests); a broken version throws here. */
    public FrameworkCatalog(String location, @Nullable StoredFrameworks stored) {
        this(ShippedFrameworks.read(location), stored);
        installed();
    }

    private FrameworkCatalog(ShippedFrameworks shipped, @Nullable StoredFrameworks stored) {
        this(() -> shipped, stored);
    }

    /**
     * A catalog that installs the shipped versions (and the activated packs) on first use: {@code shipped} may still
     * be reading them on another thread, and is asked once.
     */
    FrameworkCatalog(Supplier<ShippedFrameworks> shipped, @Nullable StoredFrameworks stored) {
        this.shipped = shipped;
        this.stored = stored;
    }

    /** The installed versions: on first use the shipped ones and the activated packs are installed. */
    private Installed installed() {
        Installed now = installation;
        if (now == null) {
            synchronized (this) {
                if (installation == null) {
                    ShippedFrameworks content = shipped.get();
                    installation = new Installed(
                            Collections.unmodifiableNavigableMap(new TreeMap<>(content.versions())),
                            content.glossary());
                    if (stored != null) {
                        installStored(0);
                    }
                }
                now = Objects.requireNonNull(installation);
            }
        }
        return now;
    }

    /** Installs the activated packs above {@code above}; a stored pack that no longer reads stops the start-up. */
    private synchronized void installStored(int above) {
        for (StoredFrameworks.StoredPack pack : Objects.requireNonNull(stored).activated()) {
            if (pack.version() > above && !packs.contains(pack.version())) {
                Framework framework = ContentPackReader.read(pack.fileName(), pack.zip());
                if (installed().versions().containsKey(framework.version())) {
                    // Rounds may have started on the pack: its content wins over a shipped version of that number.
                    LOG.warn(
                            "Framework version {} is both shipped and an activated content pack; the pack is used",
                            framework.version());
                }
                put(framework);
            }
        }
    }

    private synchronized void put(Framework framework) {
        installation = installed().with(framework);
        packs.add(framework.version());
    }

    /**
     * Installs a content pack an administrator activates: from now on, new rounds start on it. Only above the
     * active version and for the same framework, so that running rounds keep theirs and carried-over answers keep
     * their items.
     */
    public synchronized void activate(Framework framework) {
        Framework active = current();
        if (framework.version() <= active.version() || !framework.id().equals(active.id())) {
            throw new IllegalArgumentException("Framework " + framework.id() + " version " + framework.version()
                    + " cannot be activated over " + active.id() + " version " + active.version());
        }
        put(framework);
    }

    /**
     * The version a new round starts on, after checking the database for a pack another instance activated since
     * this one started: one small query, made when a round starts (and by the start dialog and the packs' screen).
     */
    public Framework forNewRound() {
        if (stored != null && stored.newestActivated() > current().version()) {
            installStored(current().version());
        }
        return current();
    }

    /** The active version, the newest installed: what new assessments start on. */
    public Framework current() {
        return installed().versions().lastEntry().getValue();
    }

    /** The version an assessment is pinned to; a pack activated on another instance is installed on first use. */
    public Framework version(int version) {
        Framework framework = installed().versions().get(version);
        if (framework == null && stored != null && version > current().version()) {
            installStored(current().version());
            framework = installed().versions().get(version);
        }
        if (framework == null) {
            throw new NoSuchElementException("Framework version " + version + " is not installed");
        }
        return framework;
    }

    public Glossary glossary() {
        return installed().glossary();
    }

    public List<Framework> all() {
        List<Framework> all = new ArrayList<>(installed().versions().values());
        all.sort(Comparator.comparingInt(Framework::version));
        return List.copyOf(all);
    }

    /** Reads and validates one version folder without installing it, for authors and administrators. */
    public static Framework validate(Resource folder) {
        return FrameworkReader.read(folder);
    }
}
