package io.nlc.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The framework versions shipped in the jar ({@code <location>/<version folder>/framework.yaml}) and the glossary
 * beside them, read and validated: what {@link FrameworkCatalog} starts from.
 */
record ShippedFrameworks(NavigableMap<Integer, Framework> versions, Glossary glossary) {

    ShippedFrameworks {
        versions = Collections.unmodifiableNavigableMap(new TreeMap<>(versions));
    }

    /** Reads every version below {@code location}; a broken version or none at all throws with the problem. */
    static ShippedFrameworks read(String location) {
        return new ShippedFrameworks(readVersions(location), readGlossary(location));
    }

    /** The glossary next to the version folders; a location without one has an empty glossary. */
    private static Glossary readGlossary(String location) {
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

    private static NavigableMap<Integer, Framework> readVersions(String location) {
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
}
