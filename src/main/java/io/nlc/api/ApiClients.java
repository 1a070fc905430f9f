package io.nlc.api;

import io.nlc.kernel.PlainText;
import io.nlc.organisation.ApiClientPrincipal;
import io.nlc.organisation.CurrentUser;
import io.nlc.organisation.Directory;
import io.nlc.organisation.HubRef;
import io.nlc.organisation.NotVisibleException;
import io.nlc.organisation.Organisation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read API clients, for administrators: issue a token for a named client of one hub (shown once, stored only as its
 * SHA-256), list the clients with their last use, revoke one. Issuing and revoking are appended to the clients'
 * trail. {@link #authenticate} is the token filter's check and needs nobody signed in.
 */
@Service
@Transactional
public class ApiClients {

    static final int NAME_LENGTH = 120;
    /** "nlc_" and 32 random bytes in URL-safe Base64 without padding. */
    static final Pattern TOKEN = Pattern.compile("nlc_[A-Za-z0-9_-]{43}");
    /** What is kept in clear to tell tokens apart: "nlc_" and the first 8 random characters. */
    static final int PREFIX_LENGTH = 12;
    /** A client's last use is written at most this often. */
    static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ApiClients.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository clients;
    private final ApiClientEventRepository trail;
    private final Organisation organisation;
    private final Directory directory;
    private final Clock clock;

    ApiClients(
            ApiClientRepository clients,
            ApiClientEventRepository trail,
            Organisation organisation,
            Directory directory,
            Clock clock) {
        this.clients = clients;
        this.trail = trail;
        this.organisation = organisation;
        this.directory = directory;
        this.clock = clock;
    }

    /** A client as the administrators' screen lists it; the names are the administrators' display names. */
    public record Client(
            long id,
            String name,
            HubRef hub,
            String tokenPrefix,
            Instant issuedAt,
            String issuedBy,
            @Nullable Instant revokedAt,
            @Nullable String revokedBy,
            @Nullable Instant lastUsedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A client just issued, with its token: the only time the token is known. */
    public record Issued(Client client, String token) {}

    /** One entry of the trail, newest first. */
    public record TrailEntry(Instant at, boolean issued, String clientName, String hubCode, String by) {}

    /** Issues a token for a new client of the hub; administrators only. */
    public Issued issue(String name, long hubId) {
        CurrentUser admin = organisation.requireAdministrator();
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
            throw new InvalidApiClientException("name", "api-clients.error.name");
        }
        if (!PlainText.isPlain(clean)) {
            throw new InvalidApiClientException("name", PlainText.MESSAGE_KEY);
        }
        try {
            organisation.requireHubPortfolio(hubId);
        } catch (NotVisibleException unknown) {
            throw new InvalidApiClientException("hub", "api-clients.error.hub");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "nlc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiClient client = clients.save(
                new ApiClient(clean, hubId, token.substring(0, PREFIX_LENGTH), hash(token), now, admin.id()));
        trail.save(new ApiClientEvent(client.id(), ApiClientEvent.Action.ISSUED, admin.id(), now));
        LOG.info(
                "API client {} ({}) issued for hub {} by user {}",
                client.id(),
                client.tokenPrefix(),
                hubId,
                admin.id());
        return new Issued(view(client, hubs(), new HashMap<>()), token);
    }

    /** Every client, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<Client> clients() {
        organisation.requireAdministrator();
        Map<Long, HubRef> hubs = hubs();
        Map<Long, String> names = new HashMap<>();
        return clients.findAllByOrderByCreatedAtDescIdDesc().stream()
                .map(client -> view(client, hubs, names))
                .toList();
    }

    /** Revokes a client's token at once: its next call is refused. Revoking twice changes nothing. */
    public void revoke(long clientId) {
        CurrentUser admin = organisation.requireAdministrator();
        ApiClient client =
                clients.findById(clientId).orElseThrow(() -> new NoSuchElementException("No API client " + clientId));
        if (client.revoked()) {
            return;
        }
        Instant now = clock.instant();
        client.revoke(admin.id(), now);
        trail.save(new ApiClientEvent(clientId, ApiClientEvent.Action.REVOKED, admin.id(), now));
        LOG.info("API client {} ({}) revoked by user {}", clientId, client.tokenPrefix(), admin.id());
    }

    /** Who issued and revoked which client, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<TrailEntry> trail() {
        organisation.requireAdministrator();
        Map<Long, ApiClient> byId =
                clients.findAll().stream().collect(Collectors.toMap(ApiClient::id, Function.identity()));
        Map<Long, HubRef> hubs = hubs();
        Map<Long, String> names = new HashMap<>();
        return trail.findAllByOrderByHappenedAtDescIdDesc().stream()
                .map(event -> {
                    ApiClient client = byId.get(event.clientId());
                    return new TrailEntry(
                            event.happenedAt(),
                            event.action() == ApiClientEvent.Action.ISSUED,
                            client.name(),
                            hubs.get(client.hubId()).code(),
                            names.computeIfAbsent(event.actorId(), directory::displayName));
                })
                .toList();
    }

    /** What a presented token is worth. */
    sealed interface Check {
        record Active(ApiClientPrincipal principal) implements Check {}

        record Revoked() implements Check {}

        record Unknown() implements Check {}
    }

    /**
     * The token filter's check, with nobody signed in: an active client's principal (its use recorded), or why not.
     * A string that cannot be a token is not looked up.
     */
    Check authenticate(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return new Check.Unknown();
        }
        ApiClient client = clients.findByTokenHash(hash(token)).orElse(null);
        if (client == null) {
            return new Check.Unknown();
        }
        if (client.revoked()) {
            return new Check.Revoked();
        }
        Instant now = clock.instant();
        clients.markUsed(client.id(), now, now.minus(USE_GRANULARITY));
        return new Check.Active(new ApiClientPrincipal(client.id(), client.name(), client.hubId()));
    }

    private Map<Long, HubRef> hubs() {
        return organisation.visibleHubs().stream().collect(Collectors.toMap(HubRef::id, Function.identity()));
    }

    private Client view(ApiClient client, Map<Long, HubRef> hubs, Map<Long, String> names) {
        Long revokedBy = client.revokedBy();
        return new Client(
                client.id(),
                client.name(),
                hubs.get(client.hubId()),
                client.tokenPrefix(),
                client.createdAt(),
                names.computeIfAbsent(client.createdBy(), directory::displayName),
                client.revokedAt(),
                revokedBy == null ? null : names.computeIfAbsent(revokedBy, directory::displayName),
                client.lastUsedAt());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
