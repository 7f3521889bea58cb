package io.flexprice.domain.common;

import static io.flexprice.domain.Fixtures.repeat;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CommonValuesTest {

    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant CHANGED = Instant.parse("2024-02-01T00:00:00Z");

    @Test
    void statusWireValuesAreLowerCaseAndParsedIgnoringCase() {
        assertThat(Status.PUBLISHED.wireValue()).isEqualTo("published");
        assertThat(Status.fromWire("Archived")).isEqualTo(Status.ARCHIVED);
        assertThat(Status.fromWire("deleted")).isEqualTo(Status.DELETED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"active", "draft"})
    void anUnknownStatusIsRejectedOnTheStatusField(String wire) {
        assertThat(fieldsRejected(() -> Status.fromWire(wire))).containsExactly("status");
    }

    @Test
    void entityIdsAreRequiredAndAtMost255Characters() {
        assertThat(EntityId.require("cust_1", "customer_id")).isEqualTo("cust_1");
        assertThat(EntityId.require(repeat('x', 255), "customer_id")).hasSize(255);
        assertThat(fieldsRejected(() -> EntityId.require(null, "customer_id"))).containsExactly("customer_id");
        assertThat(fieldsRejected(() -> EntityId.require(" ", "customer_id"))).containsExactly("customer_id");
        assertThat(fieldsRejected(() -> EntityId.require(repeat('x', 256), "customer_id")))
                .containsExactly("customer_id");
    }

    @Test
    void anAuditRecordsCreationAndLastChange() {
        Audit created = Audit.createdBy("alice", CREATED);
        Audit updated = created.updatedBy("bob", CHANGED);

        assertThat(created).isEqualTo(new Audit(CREATED, "alice", CREATED, "alice"));
        assertThat(updated).isEqualTo(new Audit(CREATED, "alice", CHANGED, "bob"));
        assertThatNullPointerException().isThrownBy(() -> new Audit(null, "a", CREATED, "a"));
    }

    @Test
    void metadataIsACopyInOrderThatCannotBeChanged() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("z", "1");
        source.put("a", "2");
        Metadata metadata = Metadata.of(source);
        source.put("b", "3");

        assertThat(metadata.values().keySet()).containsExactly("z", "a");
        assertThatThrownBy(() -> metadata.values().put("c", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Metadata.of(null)).isSameAs(Metadata.EMPTY);
        assertThat(Metadata.of(Map.of())).isSameAs(Metadata.EMPTY);
    }

    @Test
    void everyDomainExceptionCarriesItsCode() {
        assertThat(new NotFoundException(ErrorCode.METER_NOT_FOUND, "m").code()).isEqualTo(ErrorCode.METER_NOT_FOUND);
        assertThat(new ConflictException(ErrorCode.FEATURE_LOOKUP_KEY_TAKEN, "m").code())
                .isEqualTo(ErrorCode.FEATURE_LOOKUP_KEY_TAKEN);
        RuntimeException cause = new RuntimeException("broker down");
        UnavailableException unavailable = new UnavailableException(ErrorCode.EVENT_PUBLISH_FAILED, "retry", cause);
        assertThat(unavailable.getCause()).isSameAs(cause);
        assertThatNullPointerException().isThrownBy(() -> new ForbiddenException(null, "m"));
    }
}
