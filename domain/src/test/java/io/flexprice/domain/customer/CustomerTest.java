package io.flexprice.domain.customer;

import static io.flexprice.domain.Fixtures.repeat;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

    @Test
    void missingAddressMetadataAndTimeZoneTakeDefaults() {
        Customer customer = aCustomer().build();

        assertThat(customer.address()).isEqualTo(Address.NONE);
        assertThat(customer.metadata()).isEqualTo(Metadata.EMPTY);
        assertThat(customer.timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void anExternalIdIsRequired() {
        assertThat(fieldsRejected(() -> aCustomer().externalId(" ").build())).containsExactly("external_id");
        assertThat(fieldsRejected(() -> aCustomer().externalId(null).build())).containsExactly("external_id");
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertThat(fieldsRejected(() -> aCustomer().externalId(repeat('x', 256)).name(repeat('n', 256))
                .email("not an email").build()))
                .containsExactly("external_id", "name", "email");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a@b.co", "first.last+tag@sub.example.org"})
    void anEmptyOrWellFormedEmailIsAccepted(String email) {
        assertThat(aCustomer().email(email).build().email()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a b@c.de", "a@@b.de", "@b.de", " "})
    void aMalformedEmailIsRejected(String email) {
        assertThat(fieldsRejected(() -> aCustomer().email(email).build())).containsExactly("email");
    }

    @Test
    void detailsAreValidatedLikeTheCustomer() {
        assertThat(fieldsRejected(() -> new CustomerDetails("", "n", "bad", null, null, null, null)))
                .containsExactly("external_id", "email");
    }

    @Test
    void withDetailsReplacesTheEditablePartAndKeepsIdentityAndStatus() {
        Customer customer = aCustomer().build();
        CustomerDetails details = new CustomerDetails("cust_ext_2", "New name", "new@acme.example",
                new Address("1 Main St", null, "Berlin", null, "10115", "DE"), ZoneId.of("Europe/Berlin"),
                CustomerId.of("cust_parent"), Metadata.of(Map.of("k", "v")));

        Customer changed = customer.withDetails(details, Fixtures.AUDIT);

        assertThat(changed.details()).isEqualTo(details);
        assertThat(changed.id()).isEqualTo(customer.id());
        assertThat(changed.status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aDeletedCustomerIsNotLive() {
        Customer customer = aCustomer().build();

        assertThat(customer.isLive()).isTrue();
        assertThat(customer.deleted(Fixtures.AUDIT).isLive()).isFalse();
        assertThat(aCustomer().status(Status.ARCHIVED).build().isLive()).isTrue();
    }
}
