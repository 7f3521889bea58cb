package io.flexprice.sdk.examples;

import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.customers.Customer;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.events.BatcherOptions;
import io.flexprice.sdk.events.EventBatcher;
import io.flexprice.sdk.events.IngestEventParams;
import io.flexprice.sdk.events.Usage;
import io.flexprice.sdk.events.UsageByMeterParams;
import io.flexprice.sdk.features.Aggregation;
import io.flexprice.sdk.features.AggregationType;
import io.flexprice.sdk.features.CreateFeatureParams;
import io.flexprice.sdk.features.Feature;
import io.flexprice.sdk.features.FeatureListParams;
import io.flexprice.sdk.features.FeatureType;
import io.flexprice.sdk.features.MeterParams;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK's quick start as a program: a customer, a metered feature, usage events sent through the
 * batcher, and the usage read back. Run it against a local server ({@code ./flexprice}):
 *
 * <pre>
 * FLEXPRICE_BASE_URL=http://localhost:8080 FLEXPRICE_API_KEY=sk_local_flexprice_test_key \
 *   java -cp ... io.flexprice.sdk.examples.QuickStart
 * </pre>
 *
 * Running it twice is fine: it finds the customer and the feature it made the first time.
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        String baseUrl = Optional.ofNullable(System.getenv("FLEXPRICE_BASE_URL")).orElse("http://localhost:8080");
        String apiKey = Optional.ofNullable(System.getenv("FLEXPRICE_API_KEY")).orElse("sk_local_flexprice_test_key");
        FlexpriceClient flexprice = FlexpriceClient.builder()
                .apiKey(apiKey)
                .baseUrl(baseUrl)
                .timeout(Duration.ofSeconds(10))
                .maxRetries(3)
                .build();
        run(flexprice, System.out);
    }

    /** The walkthrough; returns the usage it read. */
    public static BigDecimal run(FlexpriceClient flexprice, PrintStream out) {
        // 1. The customer, by your own id: found if it exists, else created
        Customer customer;
        try {
            customer = flexprice.customers().getByExternalId("quickstart-acme");
        } catch (NotFoundException notYet) {
            customer = flexprice.customers().create(CreateCustomerParams.builder()
                    .externalId("quickstart-acme").name("Acme Inc").email("billing@acme.test").build());
        }
        out.println("customer " + customer.id() + " (" + customer.externalId() + ")");

        // 2. A metered feature whose meter sums the "tokens" of "quickstart_llm_call" events
        Feature feature = flexprice.features().list(FeatureListParams.builder().addLookupKey("quickstart-tokens")
                        .build()).items().stream().findFirst()
                .orElseGet(() -> flexprice.features().create(CreateFeatureParams.builder()
                        .name("LLM tokens").lookupKey("quickstart-tokens").type(FeatureType.METERED)
                        .meter(MeterParams.builder().eventName("quickstart_llm_call")
                                .aggregation(Aggregation.builder().type(AggregationType.SUM).field("tokens").build())
                                .build())
                        .build()));
        out.println("feature " + feature.id() + " metered by " + feature.meterId());

        // 3. Usage events through the batcher: add() returns at once; close() sends what is left
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        try (EventBatcher batcher = flexprice.events().batcher(BatcherOptions.builder()
                .maxBatchSize(100).maxDelay(Duration.ofMillis(200)).build())) {
            for (int i = 0; i < 10; i++) {
                batcher.add(IngestEventParams.builder()
                        .eventName("quickstart_llm_call").externalCustomerId(customer.externalId())
                        .properties(Map.of("tokens", new BigDecimal("12.5"), "model", "gpt-4o"))
                        .build());
            }
        }

        // 4. The customer's usage of the meter over the last hour (10 events * 12.5 tokens = 125 on a first run)
        Usage usage = flexprice.events().usageByMeter(UsageByMeterParams.builder()
                .meterId(feature.meterId()).externalCustomerId(customer.externalId())
                .startTime(hourAgo).endTime(Instant.now().plus(1, ChronoUnit.MINUTES))
                .build());
        out.println("usage in the last hour: " + usage.value().toPlainString() + " tokens");
        return usage.value();
    }
}
