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
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Every framework version the app knows, loaded and validated once at start-up. A broken version stops the
 * start-up with the validator's message, so users never meet a half-loaded framework.
 */
@Service
public class FrameworkCatalog {

    private final NavigableMap<Integer, Framework> versions;
    private final Glossary glossary;

    @Autowired
    public FrameworkCatalog(NlcProperties properties) {
        this(properties.content().location());
    }

    public FrameworkCatalog(String location) {
        this.versions = Collections.unmodifiableNavigableMap(load(location));
        this.glossary = loadGlossary(location);
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

    /** The newest version: what new assessments start on. */
    public Framework current() {
        return versions.lastEntry().getValue();
    }

    /** The version an assessment is pinned to. */
    public Framework version(int version) {
        Framework framework = versions.get(version);
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
