package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.repeat;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.common.Rejections.rejected;
import static io.flexprice.domain.metering.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

class EventTest {

    @Test
    void aValidEventKeepsItsFields() {
        Event event = anEvent().id("event_1").named("api_call").forCustomer("cust_1").customerId("cust_01H")
                .at("2024-01-10T12:00:00Z").ingestedAt("2024-01-10T12:00:03Z").source("sdk").with("k", "v").build();

        assertThat(event.id()).isEqualTo(EventId.of("event_1"));
        assertThat(event.eventName()).isEqualTo("api_call");
        assertThat(event.externalCustomerId()).isEqualTo("cust_1");
        assertThat(event.customerId()).isEqualTo("cust_01H");
        assertThat(event.timestamp()).isEqualTo(Fixtures.at("2024-01-10T12:00:00Z"));
        assertThat(event.ingestedAt()).isEqualTo(Fixtures.at("2024-01-10T12:00:03Z"));
        assertThat(event.source()).isEqualTo("sdk");
        assertThat(event.properties().text("k")).contains("v");
    }

    @Test
    void missingPropertiesAreEmpty() {
        Event event = new Event(Fixtures.SCOPE, EventId.of("event_1"), "api_call", "cust_1", null, Fixtures.T0, null,
                null, Fixtures.T0);

        assertThat(event.properties()).isSameAs(EventProperties.EMPTY);
    }

    @Test
    void everyViolationIsCollectedInOneException() {
        ValidationException e = rejected(
                () -> anEvent().named(repeat('n', 256)).forCustomer(" ").source(repeat('s', 256)).build());

        assertThat(e.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("event_name", "external_customer_id", "source");
        assertThat(e.getMessage()).isEqualTo("event_name: must be at most 255 characters; "
                + "external_customer_id: is required; source: must be at most 255 characters");
    }

    @Test
    void aMissingNameAndCustomerAreBothReported() {
        assertThat(fieldsRejected(() -> anEvent().named(null).forCustomer("").build()))
                .containsExactly("event_name", "external_customer_id");
    }

    @Test
    void aTooLongCustomerIdIsRejected() {
        assertThat(fieldsRejected(() -> anEvent().forCustomer(repeat('c', 256)).build()))
                .containsExactly("external_customer_id");
    }

    @Test
    void namesOfExactly255CharactersAreAccepted() {
        Event event = anEvent().named(repeat('n', 255)).forCustomer(repeat('c', 255)).source(repeat('s', 255)).build();

        assertThat(event.eventName()).hasSize(Event.MAX_NAME_LENGTH);
    }

    @Test
    void scopeIdTimestampAndIngestionTimeAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> anEvent().scope(null).build());
        assertThatNullPointerException().isThrownBy(() -> anEvent().at((java.time.Instant) null).build());
        assertThatNullPointerException().isThrownBy(() -> new Event(Fixtures.SCOPE, null, "n", "c", null,
                Fixtures.T0, null, null, Fixtures.T0));
        assertThatNullPointerException().isThrownBy(() -> new Event(Fixtures.SCOPE, EventId.of("e"), "n", "c",
                null, Fixtures.T0, null, null, null));
    }

    @Test
    void theIdentityIsScopeAndIdWhateverTheTimestampOrProperties() {
        Event first = anEvent().id("event_1").at("2024-01-10T12:00:00Z").with("n", "1").build();
        Event resent = anEvent().id("event_1").at("2024-01-11T08:00:00Z").with("n", "2").build();
        Event otherScope = anEvent().id("event_1").scope(Fixtures.OTHER_SCOPE).build();
        Event otherId = anEvent().id("event_2").build();

        assertThat(resent.key()).isEqualTo(first.key());
        assertThat(otherScope.key()).isNotEqualTo(first.key());
        assertThat(otherId.key()).isNotEqualTo(first.key());
    }

    @Test
    void anEventIdIsRequiredAndBounded() {
        assertThat(fieldsRejected(() -> EventId.of(" "))).containsExactly("event_id");
        assertThat(fieldsRejected(() -> EventId.of(repeat('e', 256)))).containsExactly("event_id");
        assertThat(EventId.of("event_1")).hasToString("event_1");
    }
}
