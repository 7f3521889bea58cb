package io.flexprice.ports.application.metering;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static io.flexprice.ports.testing.UsageWindows.aWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.metering.GetUsageQuery.Usage;
import io.flexprice.ports.in.metering.MeterUsageRequest;
import io.flexprice.ports.in.metering.UsageRequest;
import io.flexprice.ports.in.metering.UsageWindow;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.RecordingUsageReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GetUsageServiceTest {

    private static final Aggregation SUM_TOKENS = Aggregation.of(AggregationType.SUM, "tokens");

    private final RecordingUsageReader reader = new RecordingUsageReader();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final GetUsageService service = new GetUsageService(reader, meters, customers, CLOCK);
    private final Caller caller = aCaller().build();

    private UsageQuery adHocQueryFor(UsageWindow window) {
        service.usage(caller, new UsageRequest("api_call", SUM_TOKENS, window));
        return reader.onlyQuery();
    }

    private static void assertNotFound(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).code()).isEqualTo(code);
    }

    // --- ad hoc usage

    @Test
    void adHocUsageReadsTheEventNameWithTheAggregationAskedForInTheCallersScope() {
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        Instant end = Instant.parse("2024-03-08T00:00:00Z");
        Instant anchor = Instant.parse("2024-01-15T00:00:00Z");
        reader.answering(new UsageResult(new BigDecimal("42.50"), List.of()));

        Usage usage = service.usage(caller, new UsageRequest("api_call", SUM_TOKENS, aWindow().from(start).to(end)
                .windowSize(WindowSize.DAY).billingAnchor(anchor).build()));

        UsageQuery query = reader.onlyQuery();
        assertThat(query.eventName()).isEqualTo("api_call");
        assertThat(query.aggregation()).isEqualTo(SUM_TOKENS);
        assertThat(query.externalCustomerId()).isNull();
        assertThat(query.filters()).isEmpty();
        assertThat(query.start()).isEqualTo(start);
        assertThat(query.end()).isEqualTo(end);
        assertThat(query.windowSize()).isEqualTo(WindowSize.DAY);
        assertThat(query.billingAnchor()).isEqualTo(anchor);
        assertThat(reader.scopes()).containsExactly(SCOPE);
        assertThat(usage.eventName()).isEqualTo("api_call");
        assertThat(usage.type()).isEqualTo(AggregationType.SUM);
        assertThat(usage.result().value()).isEqualByComparingTo("42.5");
    }

    @Test
    void withoutAnEndTheRangeEndsNow() {
        assertThat(adHocQueryFor(aWindow().to(null).build()).end()).isEqualTo(NOW);
    }

    @Test
    void aStartAfterNowWithoutAnEndIsRejected() {
        assertThat(fieldsRejected(() -> service.usage(caller,
                new UsageRequest("api_call", SUM_TOKENS, aWindow().from(NOW.plusSeconds(60)).build()))))
                .containsExactly("start_time");
        assertThat(reader.queries()).isEmpty();
    }

    @Test
    void adHocUsageWithoutAnAggregationIsRejected() {
        assertThat(fieldsRejected(() -> service.usage(caller, new UsageRequest("api_call", null, aWindow().build()))))
                .containsExactly("aggregation_type");
        assertThat(reader.queries()).isEmpty();
    }

    @Test
    void theRequestFiltersNarrowAdHocUsage() {
        UsageQuery query = adHocQueryFor(aWindow().filter("region", "eu", "us").build());

        assertThat(query.filters()).containsExactly(new PropertyFilter("region", List.of("eu", "us")));
    }

    // --- the customer

    @Test
    void aCustomerNamedByIdIsCountedByItsExternalId() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());

        assertThat(adHocQueryFor(aWindow().customerId("cust_1").build()).externalCustomerId()).isEqualTo("acme");
    }

    @Test
    void aCustomerNamedBothByIdAndByExternalIdIsRejected() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());

        assertThatThrownBy(() -> adHocQueryFor(aWindow().customerId("cust_1").externalCustomerId("acme").build()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aCustomerNamedByExternalIdIsCountedByIt() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());

        assertThat(adHocQueryFor(aWindow().externalCustomerId("acme").build()).externalCustomerId()).isEqualTo("acme");
    }

    @Test
    void anUnknownDeletedOrOtherEnvironmentsCustomerIsNotFoundAndNothingIsRead() {
        customers.add(aCustomer().id("cust_gone").externalId("gone").status(Status.DELETED).build());
        customers.add(aCustomer().id("cust_elsewhere").externalId("elsewhere").in(OTHER_ENVIRONMENT).build());

        for (UsageWindow window : List.of(aWindow().customerId("cust_unknown").build(),
                aWindow().externalCustomerId("unknown").build(), aWindow().customerId("cust_gone").build(),
                aWindow().externalCustomerId("gone").build(), aWindow().customerId("cust_elsewhere").build())) {
            assertNotFound(() -> service.usage(caller, new UsageRequest("api_call", SUM_TOKENS, window)),
                    ErrorCode.CUSTOMER_NOT_FOUND);
        }
        assertThat(reader.queries()).isEmpty();
    }

    // --- the time zone

    @Test
    void theRequestedTimeZoneWinsOverTheCustomers() {
        customers.add(aCustomer().id("cust_1").timeZone("Asia/Tokyo").build());

        UsageQuery query = adHocQueryFor(aWindow().customerId("cust_1").timezone("America/New_York").build());

        assertThat(query.zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void withoutARequestedTimeZoneTheCustomersIsUsed() {
        customers.add(aCustomer().id("cust_1").timeZone("Asia/Tokyo").build());

        assertThat(adHocQueryFor(aWindow().customerId("cust_1").build()).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void withoutARequestedTimeZoneOrACustomerUsageIsInUtc() {
        assertThat(adHocQueryFor(aWindow().build()).zone().normalized()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aRequestedTimeZoneAppliesWithoutACustomer() {
        assertThat(adHocQueryFor(aWindow().timezone("Europe/Berlin").build()).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anInvalidTimeZoneIsRejected() {
        assertThat(fieldsRejected(() -> service.usage(caller,
                new UsageRequest("api_call", SUM_TOKENS, aWindow().timezone("Europe/Atlantis").build()))))
                .containsExactly("timezone");
        assertThat(reader.queries()).isEmpty();
    }

    // --- usage by meter

    @Test
    void usageByMeterReadsTheMetersEventNameAndAggregation() {
        Aggregation maxSeats = Aggregation.of(AggregationType.MAX, "seats");
        meters.add(aMeter().id("meter_seats").eventName("seat_count").aggregation(maxSeats).build());
        reader.answering(new UsageResult(new BigDecimal("7"), List.of()));

        Usage usage = service.usageByMeter(caller, new MeterUsageRequest("meter_seats", aWindow().build()));

        UsageQuery query = reader.onlyQuery();
        assertThat(query.eventName()).isEqualTo("seat_count");
        assertThat(query.aggregation()).isEqualTo(maxSeats);
        assertThat(reader.scopes()).containsExactly(SCOPE);
        assertThat(usage.eventName()).isEqualTo("seat_count");
        assertThat(usage.type()).isEqualTo(AggregationType.MAX);
        assertThat(usage.result().value()).isEqualByComparingTo("7.0");
    }

    @Test
    void usageByMeterAppliesTheMetersFiltersAndTheRequestsBoth() {
        meters.add(aMeter().id("meter_1").filter("region", "eu").build());

        service.usageByMeter(caller, new MeterUsageRequest("meter_1", aWindow().filter("model", "gpt-4").build()));

        assertThat(reader.onlyQuery().filters()).containsExactlyInAnyOrder(
                new PropertyFilter("region", List.of("eu")), new PropertyFilter("model", List.of("gpt-4")));
    }

    @Test
    void usageByMeterResolvesTheCustomerAndTheWindowLikeAdHocUsage() {
        meters.add(aMeter().id("meter_1").build());
        customers.add(aCustomer().id("cust_1").externalId("acme").timeZone("Asia/Tokyo").build());

        service.usageByMeter(caller, new MeterUsageRequest("meter_1", aWindow().customerId("cust_1").build()));

        UsageQuery query = reader.onlyQuery();
        assertThat(query.externalCustomerId()).isEqualTo("acme");
        assertThat(query.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(query.end()).isEqualTo(NOW);
    }

    @Test
    void anArchivedMeterStillAnswersUsage() {
        meters.add(aMeter().id("meter_old").status(Status.ARCHIVED).build());

        service.usageByMeter(caller, new MeterUsageRequest("meter_old", aWindow().build()));

        assertThat(reader.queries()).hasSize(1);
    }

    @Test
    void anUnknownDeletedOrOtherEnvironmentsMeterIsNotFoundAndNothingIsRead() {
        meters.add(aMeter().id("meter_gone").status(Status.DELETED).build());
        meters.add(aMeter().id("meter_elsewhere").in(OTHER_ENVIRONMENT).build());

        for (String meterId : List.of("meter_unknown", "meter_gone", "meter_elsewhere")) {
            assertNotFound(() -> service.usageByMeter(caller, new MeterUsageRequest(meterId, aWindow().build())),
                    ErrorCode.METER_NOT_FOUND);
        }
        assertThat(reader.queries()).isEmpty();
    }

    @Test
    void usageByMeterWithoutAMeterIdIsRejected() {
        assertThat(fieldsRejected(() -> service.usageByMeter(caller, new MeterUsageRequest(" ", aWindow().build()))))
                .containsExactly("meter_id");
        assertThat(fieldsRejected(() -> service.usageByMeter(caller, new MeterUsageRequest(null, aWindow().build()))))
                .containsExactly("meter_id");
    }
}
