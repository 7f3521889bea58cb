package io.flexprice.ports.application.customer;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.CustomerCommands.aCustomerCommand;
import static io.flexprice.ports.testing.CustomerCommands.anUpdate;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.EARLIER;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.time.ZoneId;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ManageCustomersServiceTest {

    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final ManageCustomersService service =
            new ManageCustomersService(customers, transactions, new SequentialIdGenerator(), CLOCK);
    private final FindCustomersService find = new FindCustomersService(customers);
    private final Caller caller = aCaller().build();

    private static void assertCustomerNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Nested
    class Create {

        @Test
        void buildsAndStoresTheCustomerInTheCallersScopeWithAuditFromTheClockAndTheCaller() {
            Customer created = service.create(caller, aCustomerCommand().externalId("acme-42").name("Acme 42")
                    .email("ap@acme42.example").addressLine1("9 Elm St").addressCity("Leeds").addressCountry("GB")
                    .metadata(Map.of("tier", "2")).build());

            assertThat(created.id()).isEqualTo(CustomerId.of("cust_0001"));
            assertThat(created.scope()).isEqualTo(SCOPE);
            assertThat(created.externalId()).isEqualTo("acme-42");
            assertThat(created.name()).isEqualTo("Acme 42");
            assertThat(created.email()).isEqualTo("ap@acme42.example");
            assertThat(created.address().line1()).isEqualTo("9 Elm St");
            assertThat(created.address().city()).isEqualTo("Leeds");
            assertThat(created.address().country()).isEqualTo("GB");
            assertThat(created.metadata()).isEqualTo(Metadata.of(Map.of("tier", "2")));
            assertThat(created.status()).isEqualTo(Status.PUBLISHED);
            assertThat(created.audit()).isEqualTo(Audit.createdBy(ACTOR, NOW));
            assertThat(customers.stored(created.id())).isEqualTo(created);
        }

        @Test
        void withoutATimezoneTheCustomerIsInUtc() {
            Customer created = service.create(caller, aCustomerCommand().timezone(null).build());

            assertThat(created.timeZone()).isEqualTo(ZoneId.of("UTC"));
        }

        @Test
        void theTimezoneIsParsedAsAnIanaZone() {
            Customer created = service.create(caller, aCustomerCommand().timezone(" America/New_York ").build());

            assertThat(created.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        }

        @Test
        void anInvalidTimezoneIsRejectedOnTheTimezoneFieldAndNothingIsStored() {
            assertThat(fieldsRejected(() -> service.create(caller, aCustomerCommand().timezone("Mars/Olympus").build())))
                    .containsExactly("timezone");
            assertThat(customers.all()).isEmpty();
        }

        @Test
        void invalidDetailsAreRejectedTogether() {
            assertThat(fieldsRejected(() -> service.create(caller,
                    aCustomerCommand().externalId(" ").email("not an email").build())))
                    .containsExactly("external_id", "email");
            assertThat(customers.all()).isEmpty();
        }

        @Test
        void everyInvalidFieldIsReportedTogether() {
            assertThat(fieldsRejected(() -> service.create(caller, aCustomerCommand().email("not an email")
                    .addressCountry("Germany").timezone("Mars/Olympus").build())))
                    .containsExactlyInAnyOrder("email", "address_country", "timezone");
        }

        @Test
        void aParentNamedByIdIsLinked() {
            Customer parent = customers.add(aCustomer().id("cust_parent").externalId("holding").build());

            Customer child = service.create(caller, aCustomerCommand().parentId("cust_parent").build());

            assertThat(child.parentCustomerId()).isEqualTo(parent.id());
        }

        @Test
        void aParentNamedByExternalIdIsLinkedByItsId() {
            customers.add(aCustomer().id("cust_parent").externalId("holding").build());

            Customer child = service.create(caller, aCustomerCommand().parentExternalId("holding").build());

            assertThat(child.parentCustomerId()).isEqualTo(CustomerId.of("cust_parent"));
        }

        @Test
        void blankParentReferencesMeanNoParent() {
            Customer created = service.create(caller, aCustomerCommand().parentId(" ").parentExternalId("").build());

            assertThat(created.parentCustomerId()).isNull();
        }

        @Test
        void aParentNamedBothByIdAndByExternalIdIsRejected() {
            customers.add(aCustomer().id("cust_parent").externalId("holding").build());

            assertThat(fieldsRejected(() -> service.create(caller,
                    aCustomerCommand().parentId("cust_parent").parentExternalId("holding").build())))
                    .containsExactly("parent_customer_id");
        }

        @Test
        void anUnknownParentIsNotFound() {
            assertCustomerNotFound(() -> service.create(caller, aCustomerCommand().parentId("cust_nobody").build()));
            assertCustomerNotFound(() -> service.create(caller, aCustomerCommand().parentExternalId("nobody").build()));
            assertThat(customers.all()).isEmpty();
        }

        @Test
        void aDeletedParentOrOneOfAnotherEnvironmentIsNotFound() {
            customers.add(aCustomer().id("cust_gone").externalId("gone").status(Status.DELETED).build());
            customers.add(aCustomer().id("cust_elsewhere").externalId("elsewhere").in(OTHER_ENVIRONMENT).build());

            assertCustomerNotFound(() -> service.create(caller, aCustomerCommand().parentId("cust_gone").build()));
            assertCustomerNotFound(() -> service.create(caller, aCustomerCommand().parentExternalId("gone").build()));
            assertCustomerNotFound(() -> service.create(caller, aCustomerCommand().parentId("cust_elsewhere").build()));
        }

        @Test
        void theExternalIdOfALiveCustomerIsAConflict() {
            customers.add(aCustomer().externalId("acme").build());

            assertThatThrownBy(() -> service.create(caller, aCustomerCommand().externalId("acme").build()))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Update {

        private final Customer stored = customers.add(aCustomer().id("cust_1").externalId("acme")
                .timeZone("Europe/Berlin").build());

        @Test
        void onlyTheFieldsTheCommandSetsChange() {
            Customer updated = service.update(caller, CustomerRef.byId("cust_1"), anUpdate().name("Acme GmbH").buildUpdate());

            assertThat(updated.name()).isEqualTo("Acme GmbH");
            assertThat(updated.details()).usingRecursiveComparison().ignoringFields("name").isEqualTo(stored.details());
            assertThat(updated.id()).isEqualTo(stored.id());
            assertThat(updated.status()).isEqualTo(Status.PUBLISHED);
            assertThat(customers.stored(stored.id())).isEqualTo(updated);
        }

        @Test
        void anEmptyUpdateChangesOnlyTheAudit() {
            Customer updated = service.update(caller, CustomerRef.byId("cust_1"), anUpdate().buildUpdate());

            assertThat(updated.details()).isEqualTo(stored.details());
        }

        @Test
        void addressFieldsAreMergedIntoTheStoredAddress() {
            Customer updated = service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().addressCity("Hamburg").buildUpdate());

            Address was = stored.address();
            assertThat(updated.address()).isEqualTo(new Address(was.line1(), was.line2(), "Hamburg", was.state(),
                    was.postalCode(), was.country()));
        }

        @Test
        void theAuditKeepsTheCreatorAndRecordsTheCallerAndTheClock() {
            Customer updated = service.update(caller, CustomerRef.byId("cust_1"), anUpdate().name("x").buildUpdate());

            assertThat(updated.audit()).isEqualTo(new Audit(EARLIER.createdAt(), EARLIER.createdBy(), NOW, ACTOR));
        }

        @Test
        void timezoneMetadataEmailAndExternalIdCanBeReplaced() {
            Customer updated = service.update(caller, CustomerRef.byId("cust_1"), anUpdate().timezone("Asia/Tokyo")
                    .metadata(Map.of("tier", "3")).email("new@acme.example").externalId("acme-new").buildUpdate());

            assertThat(updated.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
            assertThat(updated.metadata()).isEqualTo(Metadata.of(Map.of("tier", "3")));
            assertThat(updated.email()).isEqualTo("new@acme.example");
            assertThat(updated.externalId()).isEqualTo("acme-new");
        }

        @Test
        void anInvalidTimezoneIsRejectedAndTheCustomerIsUnchanged() {
            assertThat(fieldsRejected(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().timezone("Not/AZone").buildUpdate()))).containsExactly("timezone");
            assertThat(customers.stored(stored.id())).isEqualTo(stored);
        }

        @Test
        void theCustomerCanBeNamedByItsExternalId() {
            Customer updated = service.update(caller, CustomerRef.byExternalId("acme"), anUpdate().name("Renamed").buildUpdate());

            assertThat(updated.id()).isEqualTo(stored.id());
            assertThat(updated.name()).isEqualTo("Renamed");
        }

        @Test
        void aParentCanBeSetByIdOrByExternalId() {
            customers.add(aCustomer().id("cust_parent").externalId("holding").build());

            Customer byId = service.update(caller, CustomerRef.byId("cust_1"), anUpdate().parentId("cust_parent").buildUpdate());
            Customer byExternalId = service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().parentExternalId("holding").buildUpdate());

            assertThat(byId.parentCustomerId()).isEqualTo(CustomerId.of("cust_parent"));
            assertThat(byExternalId.parentCustomerId()).isEqualTo(CustomerId.of("cust_parent"));
        }

        @Test
        void anUpdateWithoutParentFieldsKeepsTheParent() {
            customers.add(aCustomer().id("cust_parent").externalId("holding").build());
            service.update(caller, CustomerRef.byId("cust_1"), anUpdate().parentId("cust_parent").buildUpdate());

            Customer updated = service.update(caller, CustomerRef.byId("cust_1"), anUpdate().name("x").buildUpdate());

            assertThat(updated.parentCustomerId()).isEqualTo(CustomerId.of("cust_parent"));
        }

        @Test
        void aCustomerCannotBeItsOwnParent() {
            assertThat(fieldsRejected(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().parentId("cust_1").buildUpdate()))).containsExactly("parent_customer_id");
            assertThat(fieldsRejected(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().parentExternalId("acme").buildUpdate()))).containsExactly("parent_customer_id");
            assertThat(customers.stored(stored.id())).isEqualTo(stored);
        }

        @Test
        void aParentThatDescendsFromTheCustomerWouldMakeACycleAndIsRejected() {
            customers.add(aCustomer().id("cust_child").externalId("child").build());
            service.update(caller, CustomerRef.byId("cust_child"), anUpdate().parentId("cust_1").buildUpdate());
            customers.add(aCustomer().id("cust_grandchild").externalId("grandchild").build());
            service.update(caller, CustomerRef.byId("cust_grandchild"), anUpdate().parentId("cust_child").buildUpdate());

            assertThat(fieldsRejected(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().parentId("cust_grandchild").buildUpdate()))).containsExactly("parent_customer_id");
            assertThat(customers.stored(stored.id())).isEqualTo(stored);
        }

        @Test
        void aParentNamedBothWaysIsRejectedAndAnUnknownOneIsNotFound() {
            assertThat(fieldsRejected(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().parentId("cust_x").parentExternalId("x").buildUpdate())))
                    .containsExactly("parent_customer_id");
            assertCustomerNotFound(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().parentId("cust_nobody").buildUpdate()));
        }

        @Test
        void anUnknownDeletedOrOtherEnvironmentsCustomerIsNotFound() {
            customers.add(aCustomer().id("cust_gone").externalId("gone").status(Status.DELETED).build());

            assertCustomerNotFound(() -> service.update(caller, CustomerRef.byId("cust_nobody"), anUpdate().buildUpdate()));
            assertCustomerNotFound(() -> service.update(caller, CustomerRef.byId("cust_gone"), anUpdate().buildUpdate()));
            assertCustomerNotFound(() -> service.update(caller, CustomerRef.byExternalId("gone"), anUpdate().buildUpdate()));
            assertCustomerNotFound(() -> service.update(aCaller().in(OTHER_ENVIRONMENT).build(),
                    CustomerRef.byId("cust_1"), anUpdate().buildUpdate()));
        }

        @Test
        void takingTheExternalIdOfAnotherLiveCustomerIsAConflict() {
            customers.add(aCustomer().id("cust_2").externalId("globex").build());

            assertThatThrownBy(() -> service.update(caller, CustomerRef.byId("cust_1"),
                    anUpdate().externalId("globex").buildUpdate())).isInstanceOf(ConflictException.class);
        }

        @Test
        void theUpdateRunsInOneUnitOfWork() {
            service.update(caller, CustomerRef.byId("cust_1"), anUpdate().name("x").buildUpdate());

            assertThat(transactions.units()).isEqualTo(1);
        }
    }

    @Nested
    class Delete {

        private final Customer stored = customers.add(aCustomer().id("cust_1").externalId("acme").build());

        @Test
        void marksTheCustomerDeletedWithTheCallerAndTheClock() {
            service.delete(caller, stored.id());

            Customer deleted = customers.stored(stored.id());
            assertThat(deleted.status()).isEqualTo(Status.DELETED);
            assertThat(deleted.audit()).isEqualTo(new Audit(EARLIER.createdAt(), EARLIER.createdBy(), NOW, ACTOR));
            assertThat(deleted.details()).isEqualTo(stored.details());
            assertThat(transactions.units()).isEqualTo(1);
        }

        @Test
        void aDeletedCustomerIsNotFoundAfterwardsByIdNorByExternalId() {
            service.delete(caller, stored.id());

            assertCustomerNotFound(() -> find.get(caller, CustomerRef.byId("cust_1")));
            assertCustomerNotFound(() -> find.get(caller, CustomerRef.byExternalId("acme")));
        }

        @Test
        void aDeletedCustomersExternalIdIsFreeForANewCustomer() {
            service.delete(caller, stored.id());

            Customer again = service.create(caller, aCustomerCommand().externalId("acme").build());

            assertThat(find.get(caller, CustomerRef.byExternalId("acme"))).isEqualTo(again);
        }

        @Test
        void deletingTwiceOrAnUnknownCustomerIsNotFound() {
            service.delete(caller, stored.id());

            assertCustomerNotFound(() -> service.delete(caller, stored.id()));
            assertCustomerNotFound(() -> service.delete(caller, CustomerId.of("cust_nobody")));
        }

        @Test
        void aCustomerOfAnotherEnvironmentIsNotFoundAndStaysLive() {
            assertCustomerNotFound(() -> service.delete(aCaller().in(OTHER_ENVIRONMENT).build(), stored.id()));
            assertThat(customers.stored(stored.id()).status()).isEqualTo(Status.PUBLISHED);
        }
    }
}
