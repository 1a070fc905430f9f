package io.nlc.content;

import io.nlc.kernel.NlcProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Every framework version the app knows: the shipped versions, loaded and validated at start-up, and the content
 * packs an administrator activated ({@link StoredFrameworks}). A broken version stops the start-up with the
 * validator's message, so users never meet a half-loaded framework. The newest version is the active one, the
 * one new rounds start on: activating a pack installs it, and a pack can only be activated above the active
 * version, so activations only ever move forward. Without packs, the newest shipped version is active, as before.
 */
@Service
public class FrameworkCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkCatalog.class);

    /** Replaced whole on each installation, so readers never lock. */
    private volatile NavigableMap<Integer, Framework> versions;

    private final Glossary glossary;
    private final @Nullable StoredFrameworks stored;
    /** The versions installed from content packs, so that a pack is read once. */
    private final Set<Integer> packs = ConcurrentHashMap.newKeySet();

    @Autowired
    public FrameworkCatalog(NlcProperties properties, ObjectProvider<StoredFrameworks> stored) {
        this(properties.content().location(), stored.getIfAvailable());
    }

    public FrameworkCatalog(String location) {
        this(location, null);
    }

    public FrameworkCatalog(String location, @Nullable StoredFrameworks stored) {
        this.stored = stored;
        this.versions = Collections.unmodifiableNavigableMap(load(location));
        this.glossary = loadGlossary(location);
        if (stored != null) {
            installStored(0);
        }
    }

    /** Installs the activated packs above {@code above}; a stored pack that no longer reads stops the start-up. */
    private synchronized void installStored(int above) {
        for (StoredFrameworks.StoredPack pack : Objects.requireNonNull(stored).activated()) {
            if (pack.version() > above && !packs.contains(pack.version())) {
                Framework framework = ContentPackReader.read(pack.fileName(), pack.zip());
                if (versions.containsKey(framework.version())) {
                    // Rounds may have started on the pack: its content wins over a shipped version of that number.
                    LOG.warn(
                            "Framework version {} is both shipped and an activated content pack; the pack is used",
                            framework.version());
                }
                put(framework);
                packs.add(framework.version());
            }
        }
    }

    private void put(Framework framework) {
        NavigableMap<Integer, Framework> next = new TreeMap<>(versions);
        next.put(framework.version(), framework);
        versions = Collections.unmodifiableNavigableMap(next);
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
        packs.add(framework.version());
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

    /** The glossary next to the version folders; a location without one has an empty glossary. */
    private static Glossary loadGlossary(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(base + FrameworkReader.GLOSSARY_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the glossary in " + location, e);
        }
        if (files.length > 1) {
            throw new IllegalStateException("More than one " + FrameworkReader.GLOSSARY_FILE + " in " + location);
        }
        return files.length == 0 ? new Glossary(List.of()) : FrameworkReader.readGlossary(folderOf(files[0]));
    }

    private static NavigableMap<Integer, Framework> load(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Resource[] descriptors;
        try {
            descriptors = new PathMatchingResourcePatternResolver()
                    .getResources(base + "*/" + FrameworkReader.FRAMEWORK_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list framework content in " + location, e);
        }
        NavigableMap<Integer, Framework> loaded = new TreeMap<>();
        for (Resource descriptor : descriptors) {
            Framework framework = FrameworkReader.read(folderOf(descriptor));
            Framework previous = loaded.put(framework.version(), framework);
            if (previous != null) {
                throw new IllegalStateException(
                        "Two content folders declare framework version " + framework.version() + " in " + location);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No framework content found in " + location + " (expected <version folder>/"
                    + FrameworkReader.FRAMEWORK_FILE + ")");
        }
        return loaded;
    }

    private static Resource folderOf(Resource descriptor) {
        try {
            return descriptor.createRelative("./");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The active version, the newest installed: what new assessments start on. */
    public Framework current() {
        return versions.lastEntry().getValue();
    }

    /** The version an assessment is pinned to; a pack activated on another instance is installed on first use. */
    public Framework version(int version) {
        Framework framework = versions.get(version);
        if (framework == null && stored != null && version > current().version()) {
            installStored(current().version());
            framework = versions.get(version);
        }
        if (framework == null) {
            throw new NoSuchElementException("Framework version " + version + " is not installed");
        }
        return framework;
    }

    public Glossary glossary() {
        return glossary;
    }

    public List<Framework> all() {
        List<Framework> all = new ArrayList<>(versions.values());
        all.sort(Comparator.comparingInt(Framework::version));
        return List.copyOf(all);
    }

    /** Reads and validates one version folder without installing it, for authors and administrators. */
    public static Framework validate(Resource folder) {
        return FrameworkReader.read(folder);
    }
}
