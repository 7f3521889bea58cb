package io.flexprice.ports.application.metering;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.EventInputs.anEvent;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.UnavailableException;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.ports.in.metering.EventInput;
import io.flexprice.ports.in.metering.IngestEventsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.RecordingEventPublisher;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IngestEventsServiceTest {

    private final RecordingEventPublisher publisher = new RecordingEventPublisher();
    private final IngestEventsService service = new IngestEventsService(publisher, new SequentialIdGenerator(), CLOCK);
    private final Caller caller = aCaller().build();

    private static List<EventInput> events(int count) {
        return IntStream.range(0, count).mapToObj(i -> anEvent().id("evt_" + i).build()).toList();
    }

    // --- one event

    @Test
    void aSingleEventIsPublishedAloneInTheCallersScopeAndItsIdReturned() {
        Instant at = Instant.parse("2024-03-10T11:00:00Z");

        EventId id = service.ingest(caller, anEvent().id("evt_client_1").eventName("llm_call")
                .externalCustomerId("acme").customerId("cust_1").at(at).source("backend")
                .with("model", "gpt-4").build());

        assertThat(id).isEqualTo(EventId.of("evt_client_1"));
        assertThat(publisher.batches()).singleElement().satisfies(batch -> assertThat(batch).singleElement()
                .satisfies(event -> {
                    assertThat(event.scope()).isEqualTo(SCOPE);
                    assertThat(event.id()).isEqualTo(id);
                    assertThat(event.eventName()).isEqualTo("llm_call");
                    assertThat(event.externalCustomerId()).isEqualTo("acme");
                    assertThat(event.customerId()).isEqualTo("cust_1");
                    assertThat(event.timestamp()).isEqualTo(at);
                    assertThat(event.source()).isEqualTo("backend");
                    assertThat(event.properties().number("tokens")).hasValueSatisfying(
                            tokens -> assertThat(tokens).isEqualByComparingTo("12.5"));
                    assertThat(event.properties().text("model")).contains("gpt-4");
                    assertThat(event.ingestedAt()).isEqualTo(NOW);
                }));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void anEventWithoutAnIdGetsAGeneratedOneWithTheEventPrefix(String clientId) {
        EventId id = service.ingest(caller, anEvent().id(clientId).build());

        assertThat(id.value()).startsWith("event_");
        assertThat(publisher.events()).extracting(Event::id).containsExactly(id);
    }

    @Test
    void anEventWithoutATimestampHappenedNow() {
        service.ingest(caller, anEvent().at(null).build());

        assertThat(publisher.events()).singleElement().satisfies(event -> assertThat(event.timestamp()).isEqualTo(NOW));
    }

    @Test
    void blankCustomerIdAndSourceAreStoredAsAbsent() {
        service.ingest(caller, anEvent().customerId(" ").source("").build());

        Event event = publisher.events().get(0);
        assertThat(event.customerId()).isNull();
        assertThat(event.source()).isNull();
    }

    @Test
    void eventsAreIngestedInTheCallersScope() {
        service.ingest(aCaller().in(OTHER_ENVIRONMENT).build(), anEvent().build());

        assertThat(publisher.events().get(0).scope()).isEqualTo(OTHER_ENVIRONMENT);
    }

    @Test
    void anInvalidSingleEventReportsEveryViolationWithoutPrefixAndPublishesNothing() {
        assertThat(fieldsRejected(() -> service.ingest(caller, anEvent().eventName(" ").externalCustomerId(null).build())))
                .containsExactly("event_name", "external_customer_id");
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void aMissingSingleEventIsRejected() {
        assertThat(fieldsRejected(() -> service.ingest(caller, null))).containsExactly("event");
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void whenThePublisherFailsASingleEventIsNotAccepted() {
        publisher.failing();

        assertThatThrownBy(() -> service.ingest(caller, anEvent().build())).isSameAs(publisher.failure());
        assertThat(publisher.batches()).isEmpty();
    }

    // --- bulk

    @Test
    void aBulkIsPublishedAsOneBatchAndItsIdsReturnedInRequestOrder() {
        List<EventId> ids = service.ingestBulk(caller, List.of(anEvent().id("evt_b").build(), anEvent().build(),
                anEvent().id("evt_a").build()));

        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(EventId.of("evt_b"));
        assertThat(ids.get(1).value()).startsWith("event_");
        assertThat(ids.get(2)).isEqualTo(EventId.of("evt_a"));
        assertThat(publisher.batches()).singleElement()
                .satisfies(batch -> assertThat(batch).extracting(Event::id).containsExactlyElementsOf(ids));
    }

    @Test
    void aBulkOfTheMostEventsAllowedIsAccepted() {
        List<EventId> ids = service.ingestBulk(caller, events(IngestEventsUseCase.MAX_BULK_SIZE));

        assertThat(ids).hasSize(1000);
        assertThat(publisher.batches()).singleElement().satisfies(batch -> assertThat(batch).hasSize(1000));
    }

    @Test
    void aBulkOfOneEventMoreThanAllowedIsRejected() {
        assertThat(fieldsRejected(() -> service.ingestBulk(caller, events(IngestEventsUseCase.MAX_BULK_SIZE + 1))))
                .containsExactly("events");
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void anEmptyOrMissingBulkIsRejected() {
        assertThat(fieldsRejected(() -> service.ingestBulk(caller, List.of()))).containsExactly("events");
        assertThat(fieldsRejected(() -> service.ingestBulk(caller, null))).containsExactly("events");
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void everyInvalidEventOfABulkIsReportedInOneErrorWithItsIndexAndNothingIsPublished() {
        List<EventInput> bulk = List.of(
                anEvent().build(),
                anEvent().eventName("").build(),
                anEvent().build(),
                anEvent().externalCustomerId(" ").with("note", "nul\u0000byte").build());

        assertThat(fieldsRejected(() -> service.ingestBulk(caller, bulk))).containsExactly(
                "events[1].event_name",
                "events[3].external_customer_id",
                "events[3].properties.note");
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void aNullEntryOfABulkIsReportedByItsIndex() {
        List<EventInput> bulk = new ArrayList<>(Arrays.asList(anEvent().build(), null));

        assertThat(fieldsRejected(() -> service.ingestBulk(caller, bulk))).containsExactly("events[1]");
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void anInvalidClientEventIdIsReportedOnItsField() {
        String tooLong = String.join("", Collections.nCopies(256, "x"));

        assertThat(fieldsRejected(() -> service.ingestBulk(caller, List.of(anEvent().id(tooLong).build()))))
                .containsExactly("events[0].event_id");
    }

    @Test
    void whenThePublisherFailsTheBulkIsNotAccepted() {
        publisher.failing();

        assertThatThrownBy(() -> service.ingestBulk(caller, events(3)))
                .isInstanceOf(UnavailableException.class)
                .isSameAs(publisher.failure());
        assertThat(publisher.batches()).isEmpty();
    }

    @Test
    void eventsWithoutATimestampInABulkAllHappenedNow() {
        service.ingestBulk(caller, List.of(anEvent().at(null).build(), anEvent().at(null).build()));

        assertThat(publisher.events()).extracting(Event::timestamp).containsExactly(NOW, NOW);
        assertThat(publisher.events()).extracting(e -> e.properties().number("tokens").orElseThrow())
                .allSatisfy(tokens -> assertThat(tokens).isEqualByComparingTo(new BigDecimal("12.50")));
    }
}
