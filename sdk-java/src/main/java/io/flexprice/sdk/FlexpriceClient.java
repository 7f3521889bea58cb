package io.flexprice.sdk;

import io.flexprice.sdk.addons.AddonsService;
import io.flexprice.sdk.apikeys.ApiKeysService;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ClientSettings;
import io.flexprice.sdk.core.RetryPolicy;
import io.flexprice.sdk.core.Sleeper;
import io.flexprice.sdk.costs.CostsService;
import io.flexprice.sdk.coupons.CouponsService;
import io.flexprice.sdk.creditgrants.CreditGrantsService;
import io.flexprice.sdk.creditnotes.CreditNotesService;
import io.flexprice.sdk.customers.CustomersService;
import io.flexprice.sdk.entitlements.EntitlementsService;
import io.flexprice.sdk.events.EventsService;
import io.flexprice.sdk.features.FeaturesService;
import io.flexprice.sdk.features.MetersService;
import io.flexprice.sdk.invoices.InvoicesService;
import io.flexprice.sdk.payments.PaymentsService;
import io.flexprice.sdk.plans.PlansService;
import io.flexprice.sdk.prices.PricesService;
import io.flexprice.sdk.subscriptions.SubscriptionsService;
import io.flexprice.sdk.taxes.TaxAssociationsService;
import io.flexprice.sdk.taxes.TaxRatesService;
import io.flexprice.sdk.wallets.WalletsService;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The FlexPrice v1 API client. Build one per API key and share it: it is immutable and thread-safe, and
 * all its services send through one HTTP client.
 *
 * <pre>{@code
 * FlexpriceClient flexprice = FlexpriceClient.builder()
 *         .apiKey(System.getenv("FLEXPRICE_API_KEY"))
 *         .baseUrl("https://api.example.com")       // "/v1" is added unless the URL ends with it
 *         .timeout(Duration.ofSeconds(10))
 *         .maxRetries(3)
 *         .build();
 * Customer acme = flexprice.customers().create(CreateCustomerParams.builder().externalId("acme").build());
 * }</pre>
 */
public final class FlexpriceClient {

    /** This SDK's version, sent in {@code User-Agent}. */
    public static final String VERSION = "0.1.0";

    private final ApiClient api;
    private final CustomersService customers;
    private final FeaturesService features;
    private final MetersService meters;
    private final EventsService events;
    private final PlansService plans;
    private final PricesService prices;
    private final ApiKeysService apiKeys;
    private final AddonsService addons;
    private final CouponsService coupons;
    private final TaxRatesService taxRates;
    private final TaxAssociationsService taxAssociations;
    private final SubscriptionsService subscriptions;
    private final InvoicesService invoices;
    private final PaymentsService payments;
    private final CreditNotesService creditNotes;
    private final WalletsService wallets;
    private final EntitlementsService entitlements;
    private final CreditGrantsService creditGrants;
    private final CostsService costs;

    private FlexpriceClient(ApiClient api) {
        this.api = api;
        this.customers = new CustomersService(api);
        this.features = new FeaturesService(api);
        this.meters = new MetersService(api);
        this.events = new EventsService(api);
        this.plans = new PlansService(api);
        this.prices = new PricesService(api);
        this.apiKeys = new ApiKeysService(api);
        this.addons = new AddonsService(api);
        this.coupons = new CouponsService(api);
        this.taxRates = new TaxRatesService(api);
        this.taxAssociations = new TaxAssociationsService(api);
        this.subscriptions = new SubscriptionsService(api);
        this.invoices = new InvoicesService(api);
        this.payments = new PaymentsService(api);
        this.creditNotes = new CreditNotesService(api);
        this.wallets = new WalletsService(api);
        this.entitlements = new EntitlementsService(api);
        this.creditGrants = new CreditGrantsService(api);
        this.costs = new CostsService(api);
    }

    public static Builder builder() {
        return new Builder();
    }

    public CustomersService customers() {
        return customers;
    }

    public FeaturesService features() {
        return features;
    }

    public MetersService meters() {
        return meters;
    }

    /** Events: ingest (single, bulk, and {@code batcher()}), list, get, usage. */
    public EventsService events() {
        return events;
    }

    public PlansService plans() {
        return plans;
    }

    public PricesService prices() {
        return prices;
    }

    public ApiKeysService apiKeys() {
        return apiKeys;
    }

    public AddonsService addons() {
        return addons;
    }

    public CouponsService coupons() {
        return coupons;
    }

    public TaxRatesService taxRates() {
        return taxRates;
    }

    public TaxAssociationsService taxAssociations() {
        return taxAssociations;
    }

    /** Subscriptions: lifecycle, pauses, line items, plan changes and usage. */
    public SubscriptionsService subscriptions() {
        return subscriptions;
    }

    /** Invoices: one-off invoices, finalize, void, payment status and attempts, previews, customer summaries. */
    public InvoicesService invoices() {
        return invoices;
    }

    /** Payments recorded against invoices. */
    public PaymentsService payments() {
        return payments;
    }

    /** Credit notes: adjustments and refunds of invoices. */
    public CreditNotesService creditNotes() {
        return creditNotes;
    }

    /** Prepaid wallets: top-ups, balances, transactions. */
    public WalletsService wallets() {
        return wallets;
    }

    /** Entitlements: what plans, addons and subscriptions grant, and the check. */
    public EntitlementsService entitlements() {
        return entitlements;
    }

    /** Credit grants: credits a plan or subscription adds to the subscription's wallet, once or every period. */
    public CreditGrantsService creditGrants() {
        return creditGrants;
    }

    /** Costsheets and cost analytics. */
    public CostsService costs() {
        return costs;
    }

    /** The API root this client calls, ending in {@code /v1}. */
    public URI baseUri() {
        return api.settings().baseUri();
    }

    /** Builds a {@link FlexpriceClient}; {@code apiKey} and {@code baseUrl} are required. */
    public static final class Builder {
        private String apiKey;
        private String baseUrl;
        private String environmentId;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxRetries = RetryPolicy.DEFAULT.maxRetries();
        private Duration initialRetryDelay = RetryPolicy.DEFAULT.initialDelay();
        private Duration maxRetryDelay = RetryPolicy.DEFAULT.maxDelay();
        private Duration maxRetryAfter = RetryPolicy.DEFAULT.maxRetryAfter();
        private HttpClient httpClient;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private Supplier<String> idGenerator = () -> UUID.randomUUID().toString();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /** The API key, sent as {@code x-api-key}. Required. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The server, e.g. {@code http://localhost:8080} or {@code https://us.api.flexprice.io/v1}: {@code /v1}
         * is appended unless the URL already ends with it. Required.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Sent as {@code X-Environment-ID}, for a tenant-wide key acting in one environment. */
        public Builder environmentId(String environmentId) {
            this.environmentId = environmentId;
            return this;
        }

        /** How long one attempt may take, from sending to the end of the answer (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** How long connecting may take (default 10 s); ignored with {@link #httpClient(HttpClient)}. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Retries after the first attempt, for connection errors, 408, 429 and 5xx (default 3; 0 = none). */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /** The first backoff step (default 500 ms); each retry doubles it, with jitter. */
        public Builder initialRetryDelay(Duration initialRetryDelay) {
            this.initialRetryDelay = initialRetryDelay;
            return this;
        }

        /** The largest backoff step (default 8 s). */
        public Builder maxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = maxRetryDelay;
            return this;
        }

        /** The longest {@code Retry-After} waited for (default 60 s); a longer one ends the call with the error. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** Your own {@link HttpClient} (proxy, TLS, executor); by default the SDK builds one. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** How the client waits between retries; for tests, to record the delays instead of sleeping. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** The time source for event timestamps and {@code Retry-After} dates (default the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Makes idempotency keys and event ids (default random UUIDs); for tests. */
        public Builder idGenerator(Supplier<String> idGenerator) {
            this.idGenerator = idGenerator;
            return this;
        }

        /** Numbers in [0, 1) for backoff jitter (default random); for tests. */
        public Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        public FlexpriceClient build() {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalStateException("apiKey is required");
            }
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalStateException("timeout must be positive");
            }
            RetryPolicy retryPolicy = new RetryPolicy(maxRetries, initialRetryDelay, maxRetryDelay, maxRetryAfter);
            URI base = apiRoot(baseUrl);
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    // plain http: no h2c upgrade dance; https negotiates HTTP/2 when the server offers it
                    .version("http".equalsIgnoreCase(base.getScheme()) ? HttpClient.Version.HTTP_1_1
                            : HttpClient.Version.HTTP_2)
                    .build();
            ClientSettings settings = new ClientSettings(base, apiKey.trim(),
                    environmentId == null || environmentId.isBlank() ? null : environmentId.trim(), timeout,
                    retryPolicy, http, Objects.requireNonNull(sleeper, "sleeper"), Objects.requireNonNull(clock, "clock"),
                    Objects.requireNonNull(idGenerator, "idGenerator"), Objects.requireNonNull(random, "random"),
                    "flexprice-java/" + VERSION + " java/" + Runtime.version().feature());
            return new FlexpriceClient(new ApiClient(settings));
        }

        /** The base URL as the API root: absolute http(s), no query, ending in {@code /v1}, no trailing slash. */
        static URI apiRoot(String baseUrl) {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalStateException("baseUrl is required");
            }
            URI uri;
            try {
                uri = URI.create(baseUrl.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("baseUrl is not a URL: " + baseUrl, e);
            }
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw new IllegalStateException("baseUrl must be an http or https URL: " + baseUrl);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException("baseUrl must not have a query or fragment: " + baseUrl);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (!path.endsWith("/v1")) {
                path = path + "/v1";
            }
            return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path);
        }
    }
}
