package io.nlc.contentpack;

import io.nlc.content.CheckedFramework;
import io.nlc.content.ContentPackReader;
import io.nlc.content.ContentProblem;
import io.nlc.content.ContentValidationException;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.FrameworkDiff;
import io.nlc.content.LocalizedText;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.Organisation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Content packs, for administrators only: upload a framework version as a zip (checked, validated and, when good,
 * kept with its diff against the active version), activate a kept pack for new rounds, or discard one not activated.
 * Uploads, refusals, activations and discards are appended to the packs' trail.
 *
 * <p>A pack's version must be above the active one: activations only move forward, so a newer round is never on
 * an older version than the round before it (carrying answers over and the trend rely on that), and a version
 * number always names one content. It must be the same framework as the active one, for the same reason.
 */
@Service
@Transactional
public class ContentPacks {

    static final int FILE_NAME_LENGTH = 255;

    private static final Logger LOG = LoggerFactory.getLogger(ContentPacks.class);

    private final ContentPackRepository packs;
    private final ContentPackEventRepository trail;
    private final FrameworkCatalog catalog;
    private final Organisation organisation;
    private final Directory directory;
    private final Clock clock;

    ContentPacks(
            ContentPackRepository packs,
            ContentPackEventRepository trail,
            FrameworkCatalog catalog,
            Organisation organisation,
            Directory directory,
            Clock clock) {
        this.packs = packs;
        this.trail = trail;
        this.catalog = catalog;
        this.organisation = organisation;
        this.directory = directory;
        this.clock = clock;
    }

    /** A version the app knows: shipped with it, or uploaded (and maybe activated) as a pack. */
    public record Installed(
            int version,
            LocalizedText title,
            String checksum,
            boolean active,
            boolean shipped,
            @Nullable String fileName,
            @Nullable Instant uploadedAt,
            @Nullable String uploadedBy,
            @Nullable Instant activatedAt,
            @Nullable String activatedBy) {

        /** Uploaded and waiting for an administrator's activation (or discard). */
        public boolean pending() {
            return !shipped && activatedAt == null;
        }
    }

    /** What an upload came to. */
    public sealed interface Upload {

        /** Refused: nothing kept; every problem with its file and item. */
        record Refused(String fileName, List<ContentProblem> problems) implements Upload {}

        /**
         * Kept, not active yet: what it changes against the active version, and its warnings (forms the glossary
         * says to avoid), which do not stop its activation.
         */
        record Kept(Installed pack, FrameworkDiff diff, List<ContentProblem> warnings) implements Upload {

            public Kept {
                warnings = List.copyOf(warnings);
            }
        }
    }

    /** One entry of the trail, newest first. */
    public record TrailEntry(
            Instant at,
            String action,
            @Nullable Integer version,
            String fileName,
            @Nullable String detail,
            String by) {}

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<Installed> installed() {
        organisation.requireAdministrator();
        Framework active = catalog.forNewRound();
        Map<Long, String> names = new HashMap<>();
        Map<Integer, ContentPack> stored =
                packs.findAllByOrderByVersion().stream().collect(Collectors.toMap(ContentPack::version, pack -> pack));
        List<Installed> all = new ArrayList<>();
        for (Framework framework : catalog.all()) {
            ContentPack pack = stored.remove(framework.version());
            all.add(
                    pack == null
                            ? new Installed(
                                    framework.version(),
                                    framework.title(),
                                    framework.checksum(),
                                    framework.version() == active.version(),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)
                            : view(pack, framework.title(), active, names));
        }
        for (ContentPack pack : stored.values()) {
            all.add(view(pack, read(pack).title(), active, names));
        }
        all.sort((a, b) -> Integer.compare(b.version(), a.version()));
        return List.copyOf(all);
    }

    /**
     * Checks, validates and keeps a pack, or refuses it with every problem found; a refusal keeps nothing but its
     * trail entry.
     */
    public Upload upload(String fileName, byte[] zip) {
        CurrentUser admin = organisation.requireAdministrator();
        String name = cleanName(fileName);
        Instant now = clock.instant();
        Framework active = catalog.forNewRound();
        CheckedFramework checked;
        try {
            checked = ContentPackReader.check(name, zip, catalog.glossary());
        } catch (ContentValidationException e) {
            return refuse(name, null, e.problems(), admin, now);
        }
        Framework framework = checked.framework();
        List<ContentProblem> problems = new ArrayList<>();
        if (!framework.id().equals(active.id())) {
            problems.add(problem("content-packs.refused.framework-id", framework.id(), active.id()));
        } else if (packs.existsByVersion(framework.version()) || installed(framework.version())) {
            problems.add(problem("content-packs.refused.installed", String.valueOf(framework.version())));
        } else if (framework.version() <= active.version()) {
            problems.add(problem(
                    "content-packs.refused.not-newer",
                    String.valueOf(framework.version()),
                    String.valueOf(active.version())));
        }
        if (!problems.isEmpty()) {
            return refuse(name, framework.version(), problems, admin, now);
        }
        ContentPack pack = packs.save(new ContentPack(
                framework.id(), framework.version(), name, zip, sha256(zip), framework.checksum(), admin.id(), now));
        trail.save(new ContentPackEvent(
                ContentPackEvent.Action.UPLOADED,
                framework.version(),
                name,
                checked.warnings().isEmpty() ? null : summary(checked.warnings()),
                admin.id(),
                now));
        LOG.info(
                "Content pack {} (version {}) uploaded by user {} with {} warning(s)",
                name,
                framework.version(),
                admin.id(),
                checked.warnings().size());
        return new Upload.Kept(
                view(pack, framework.title(), active, new HashMap<>()),
                FrameworkDiff.between(active, framework),
                checked.warnings());
    }

    /**
     * A kept pack's warnings: the forms its texts use that the glossary says to avoid. Warnings, not refusals,
     * because the match is on words as written and cannot tell a meaning: the same Arabic letters name the axes of
     * a framework (right) and an interlocutor (avoided), and the French word avoided for the commune's role is right
     * for a council's term of office. So the administrator reads them, decides, and may activate; the shipped
     * content is held to the same forms by CollidingTermsTest at build time.
     */
    @Transactional(readOnly = true)
    public List<ContentProblem> warnings(int version) {
        organisation.requireAdministrator();
        ContentPack pack = pending(version);
        return ContentPackReader.check(pack.fileName(), pack.archive(), catalog.glossary())
                .warnings();
    }

    /** What a kept pack changes against the active version. */
    @Transactional(readOnly = true)
    public FrameworkDiff diff(int version) {
        organisation.requireAdministrator();
        return FrameworkDiff.between(catalog.forNewRound(), read(pending(version)));
    }

    /**
     * Activates a kept pack: new rounds start on it from now on (on other instances, from the next round they
     * start); rounds already started stay on their version.
     */
    public void activate(int version) {
        CurrentUser admin = organisation.requireAdministrator();
        ContentPack pack = pending(version);
        Framework framework = read(pack);
        Framework active = catalog.forNewRound();
        if (version <= active.version()) {
            throw new IllegalStateException(
                    "Version " + version + " is not above the active version " + active.version());
        }
        Instant now = clock.instant();
        pack.activate(admin.id(), now);
        trail.save(new ContentPackEvent(
                ContentPackEvent.Action.ACTIVATED, version, pack.fileName(), null, admin.id(), now));
        // Installed once the activation is committed, so that a failed commit leaves the catalog as it was.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalog.activate(framework);
            }
        });
        LOG.info("Content pack version {} activated by user {}", version, admin.id());
    }

    /** Discards a kept pack that was never activated, so that its version can be uploaded again. */
    public void discard(int version) {
        CurrentUser admin = organisation.requireAdministrator();
        ContentPack pack = pending(version);
        packs.delete(pack);
        trail.save(new ContentPackEvent(
                ContentPackEvent.Action.DISCARDED, version, pack.fileName(), null, admin.id(), clock.instant()));
        LOG.info("Content pack version {} discarded by user {}", version, admin.id());
    }

    /** Who did what with which pack, newest first. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trail() {
        organisation.requireAdministrator();
        Map<Long, String> names = new HashMap<>();
        return trail.findAllByOrderByHappenedAtDescIdDesc().stream()
                .map(event -> new TrailEntry(
                        event.happenedAt(),
                        event.action().name(),
                        event.version(),
                        event.fileName(),
                        event.detail(),
                        names.computeIfAbsent(event.actorId(), directory::displayName)))
                .toList();
    }

    private Upload refuse(
            String name, @Nullable Integer version, List<ContentProblem> problems, CurrentUser admin, Instant now) {
        trail.save(new ContentPackEvent(
                ContentPackEvent.Action.REFUSED, version, name, summary(problems), admin.id(), now));
        LOG.info("Content pack {} refused for user {}: {} problem(s)", name, admin.id(), problems.size());
        return new Upload.Refused(name, problems);
    }

    /** The first problems in English, for the trail. */
    private static String summary(List<ContentProblem> problems) {
        return problems.stream().limit(5).map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }

    private boolean installed(int version) {
        return catalog.all().stream().anyMatch(framework -> framework.version() == version);
    }

    private ContentPack pending(int version) {
        ContentPack pack = packs.findByVersion(version)
                .orElseThrow(() -> new NoSuchElementException("No content pack of version " + version));
        if (pack.activated()) {
            throw new IllegalStateException("Content pack version " + version + " is already active");
        }
        return pack;
    }

    /** A kept pack was valid when kept; the reader is the same code, so it still is. */
    private static Framework read(ContentPack pack) {
        return ContentPackReader.read(pack.fileName(), pack.archive());
    }

    private Installed view(ContentPack pack, LocalizedText title, Framework active, Map<Long, String> names) {
        Long activatedBy = pack.activatedBy();
        return new Installed(
                pack.version(),
                title,
                pack.checksum(),
                pack.version() == active.version(),
                false,
                pack.fileName(),
                pack.uploadedAt(),
                names.computeIfAbsent(pack.uploadedBy(), directory::displayName),
                pack.activatedAt(),
                activatedBy == null ? null : names.computeIfAbsent(activatedBy, directory::displayName));
    }

    /** The name as shown and stored: the last path segment, without control characters, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = "pack.zip";
        }
        return name.length() > FILE_NAME_LENGTH ? name.substring(0, FILE_NAME_LENGTH) : name;
    }

    private static ContentProblem problem(String key, String... arguments) {
        return new ContentProblem("framework.yaml", null, key, arguments);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
