package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.SearchFixtures.after;
import static io.flexprice.adapters.storage.SearchFixtures.asc;
import static io.flexprice.adapters.storage.SearchFixtures.before;
import static io.flexprice.adapters.storage.SearchFixtures.contains;
import static io.flexprice.adapters.storage.SearchFixtures.desc;
import static io.flexprice.adapters.storage.SearchFixtures.eq;
import static io.flexprice.adapters.storage.SearchFixtures.eqDate;
import static io.flexprice.adapters.storage.SearchFixtures.in;
import static io.flexprice.adapters.storage.SearchFixtures.notContains;
import static io.flexprice.adapters.storage.SearchFixtures.notIn;
import static io.flexprice.adapters.storage.SearchFixtures.sortedBy;
import static io.flexprice.adapters.storage.SearchFixtures.where;
import io.flexprice.domain.common.SearchConditions;
import java.time.Instant;
import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerDetails;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.customer.CustomerFilter;
import io.flexprice.ports.out.customer.CustomerRepository;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerRepository} does. */
public abstract class CustomerRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract CustomerRepository repository();

    @Test
    void insertedCustomerIsReadBackWithEveryField() {
        Customer parent = Fixtures.aCustomer(scope).build();
        repository().insert(parent); // a parent is a stored customer of the same scope
        Customer customer = new Customer(new CustomerId(Fixtures.uniqueId("cust")), scope, "acme-42", "Acme GmbH",
                "billing@acme.example", new Address("Hauptstr. 1", "Hinterhaus", "Berlin", "BE", "10115", "DE"),
                ZoneId.of("Europe/Berlin"), parent.id(), Metadata.of(Map.of("plan", "pro", "region", "eu")),
                Status.PUBLISHED, new Audit(T0, "alice", T0.plusSeconds(3_600), "bob"));

        repository().insert(customer);

        assertThat(repository().findById(scope, customer.id())).contains(customer);
        assertThat(repository().findByExternalId(scope, "acme-42")).contains(customer);
    }

    @Test
    void updateReplacesEveryEditableField() {
        Customer customer = Fixtures.aCustomer(scope).build();
        repository().insert(customer);
        CustomerDetails details = new CustomerDetails(Fixtures.uniqueId("ext"), "Renamed", "new@acme.example",
                new Address("Main St 2", null, "Boston", "MA", "02108", "US"), ZoneId.of("America/New_York"), null,
                Metadata.of(Map.of("tier", "gold")));
        Customer changed = customer.withDetails(details, customer.audit().updatedBy("carol", T0.plusSeconds(60)));

        repository().update(changed);

        assertThat(repository().findById(scope, customer.id())).contains(changed);
        assertThat(repository().findByExternalId(scope, customer.externalId())).isEmpty();
        assertThat(repository().findByExternalId(scope, changed.externalId())).contains(changed);
    }

    @Test
    void customerOfOneScopeIsInvisibleFromAnother() {
        Customer customer = Fixtures.aCustomer(scope).build();
        repository().insert(customer);

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, customer.id())).isEmpty();
            assertThat(repository().findByExternalId(other, customer.externalId())).isEmpty();
            assertThat(repository().search(other, CustomerFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
        }
    }

    @Test
    void insertWithAnExternalIdTakenInTheScopeConflicts() {
        Customer first = Fixtures.aCustomer(scope).externalId("acme").build();
        repository().insert(first);

        assertConflict(() -> repository().insert(Fixtures.aCustomer(scope).externalId("acme").build()));
        assertThat(repository().search(scope, CustomerFilter.ALL_LIVE, PageRequest.first(10)).items())
                .containsExactly(first);
    }

    @Test
    void sameExternalIdInAnotherScopeIsAnotherCustomer() {
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        Customer here = Fixtures.aCustomer(scope).externalId("acme").build();
        Customer there = Fixtures.aCustomer(otherEnvironment).externalId("acme").build();

        repository().insert(here);
        repository().insert(there);

        assertThat(repository().findByExternalId(scope, "acme")).contains(here);
        assertThat(repository().findByExternalId(otherEnvironment, "acme")).contains(there);
    }

    @Test
    void deletedCustomerFreesItsExternalId() {
        Customer original = Fixtures.aCustomer(scope).externalId("acme").build();
        repository().insert(original);
        Customer deleted = original.deleted(original.audit().updatedBy("test", T0.plusSeconds(60)));
        repository().update(deleted);
        Customer successor = Fixtures.aCustomer(scope).externalId("acme").build();

        repository().insert(successor);

        assertThat(repository().findByExternalId(scope, "acme")).contains(successor);
        assertThat(repository().findById(scope, deleted.id())).contains(deleted);
    }

    @Test
    void findByExternalIdIgnoresDeletedCustomers() {
        Customer customer = Fixtures.aCustomer(scope).build();
        repository().insert(customer);

        repository().update(customer.deleted(customer.audit()));

        assertThat(repository().findByExternalId(scope, customer.externalId())).isEmpty();
    }

    @Test
    void updateToAnExternalIdTakenInTheScopeConflicts() {
        Customer taken = Fixtures.aCustomer(scope).externalId("acme").build();
        Customer other = Fixtures.aCustomer(scope).externalId("globex").build();
        repository().insert(taken);
        repository().insert(other);
        Customer renamed = other.withDetails(new CustomerDetails("acme", other.name(), other.email(), other.address(),
                other.timeZone(), other.parentCustomerId(), other.metadata()), other.audit());

        assertConflict(() -> repository().update(renamed));
        assertThat(repository().findById(scope, other.id())).contains(other);
    }

    @Test
    void updateKeepingItsOwnExternalIdDoesNotConflict() {
        Customer customer = Fixtures.aCustomer(scope).build();
        repository().insert(customer);
        Customer archived = new Customer(customer.id(), scope, customer.externalId(), "Renamed", customer.email(),
                customer.address(), customer.timeZone(), null, customer.metadata(), Status.ARCHIVED, customer.audit());

        repository().update(archived);

        assertThat(repository().findById(scope, customer.id())).contains(archived);
    }

    @Test
    void updateOfACustomerThatIsNotStoredInTheScopeFails() {
        Customer customer = Fixtures.aCustomer(scope).build();
        repository().insert(customer);
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        Customer elsewhere = Fixtures.aCustomer(otherEnvironment).id(customer.id().value()).build();

        assertThatThrownBy(() -> repository().update(Fixtures.aCustomer(scope).build()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository().update(elsewhere)).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(scope, customer.id())).contains(customer);
    }

    @Test
    void restoringADeletedCustomerWhoseExternalIdWasTakenSinceConflicts() {
        Customer original = Fixtures.aCustomer(scope).externalId("acme").build();
        repository().insert(original);
        repository().update(original.deleted(original.audit()));
        repository().insert(Fixtures.aCustomer(scope).externalId("acme").build());

        assertConflict(() -> repository().update(original));
    }

    @Test
    void concurrentInsertsOfOneExternalIdStoreExactlyOne() throws Exception {
        List<Future<Customer>> results = Concurrently.run(8, thread -> {
            Customer customer = Fixtures.aCustomer(scope).externalId("acme").build();
            repository().insert(customer);
            return customer;
        });

        int stored = 0;
        for (Future<Customer> result : results) {
            try {
                assertThat(repository().findByExternalId(scope, "acme")).contains(result.get());
                stored++;
            } catch (ExecutionException conflict) {
                assertThat(conflict.getCause()).isInstanceOf(ConflictException.class);
            }
        }
        assertThat(stored).isEqualTo(1);
        assertThat(repository().search(scope, CustomerFilter.ALL_LIVE, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void searchWithoutStatusLeavesDeletedOutAndWithStatusListsOnlyThatStatus() {
        Customer published = Fixtures.aCustomer(scope).createdAt(T0).build();
        Customer archived = Fixtures.aCustomer(scope).status(Status.ARCHIVED).createdAt(T0.plusSeconds(1)).build();
        Customer deleted = Fixtures.aCustomer(scope).status(Status.DELETED).createdAt(T0.plusSeconds(2)).build();
        insert(published, archived, deleted);

        assertThat(search(CustomerFilter.ALL_LIVE).items()).containsExactly(archived, published);
        assertThat(search(new CustomerFilter(null, null, null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(new CustomerFilter(null, null, null, Status.ARCHIVED)).items()).containsExactly(archived);
    }

    @Test
    void searchNarrowsByIdsExternalIdsAndEmail() {
        Customer acme = Fixtures.aCustomer(scope).externalId("acme").email("ops@acme.example").createdAt(T0).build();
        Customer globex = Fixtures.aCustomer(scope).externalId("globex").email("ops@globex.example")
                .createdAt(T0.plusSeconds(1)).build();
        Customer initech = Fixtures.aCustomer(scope).externalId("initech").email("ops@acme.example")
                .createdAt(T0.plusSeconds(2)).build();
        insert(acme, globex, initech);

        assertThat(search(new CustomerFilter(List.of(acme.id().value(), globex.id().value()), null, null, null))
                .items()).containsExactly(globex, acme);
        assertThat(search(new CustomerFilter(null, List.of("initech", "acme", "unknown"), null, null)).items())
                .containsExactly(initech, acme);
        assertThat(search(new CustomerFilter(null, null, "ops@acme.example", null)).items())
                .containsExactly(initech, acme);
        assertThat(search(new CustomerFilter(List.of(acme.id().value(), globex.id().value()), List.of("globex"),
                "ops@globex.example", Status.PUBLISHED)).items()).containsExactly(globex);
        assertThat(search(new CustomerFilter(List.of(), List.of(), null, null)).total()).isEqualTo(3);
    }

    @Test
    void searchOrdersByCreationThenIdNewestFirstUnlessAskedOtherwise() {
        String run = Fixtures.uniqueId("cust");
        Customer oldest = Fixtures.aCustomer(scope).id(run + "_z").createdAt(T0).build();
        Customer tiedLow = Fixtures.aCustomer(scope).id(run + "_a").createdAt(T0.plusSeconds(60)).build();
        Customer tiedHigh = Fixtures.aCustomer(scope).id(run + "_b").createdAt(T0.plusSeconds(60)).build();
        insert(tiedHigh, oldest, tiedLow);

        assertThat(search(CustomerFilter.ALL_LIVE).items()).containsExactly(tiedHigh, tiedLow, oldest);
        assertThat(repository().search(scope, CustomerFilter.ALL_LIVE, new PageRequest(10, 0, SortOrder.ASC)).items())
                .containsExactly(oldest, tiedLow, tiedHigh);
    }

    @Test
    void searchReturnsTheRequestedPageAndCountsEveryMatch() {
        Customer[] customers = new Customer[5];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = Fixtures.aCustomer(scope).createdAt(T0.plusSeconds(i)).build();
        }
        insert(customers);

        Page<Customer> page = repository().search(scope, CustomerFilter.ALL_LIVE,
                new PageRequest(2, 1, SortOrder.ASC));
        Page<Customer> beyond = repository().search(scope, CustomerFilter.ALL_LIVE,
                new PageRequest(2, 5, SortOrder.ASC));

        assertThat(page.items()).containsExactly(customers[1], customers[2]);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    private Page<Customer> search(CustomerFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private void insert(Customer... customers) {
        for (Customer customer : customers) {
            repository().insert(customer);
        }
    }

    private static void assertConflict(ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.CUSTOMER_EXTERNAL_ID_TAKEN));
    }

    private Customer named(String externalId, String name, String email, Instant createdAt) {
        return new Customer(new CustomerId(Fixtures.uniqueId("cust")), scope, externalId, name, email, null, null, null,
                Metadata.EMPTY, Status.PUBLISHED, Fixtures.auditCreatedAt(createdAt));
    }

    private Page<Customer> search(SearchConditions conditions, PageRequest page) {
        return repository().search(scope, new CustomerFilter(null, null, null, null, conditions), page);
    }

    @Test
    void searchConditionsNarrowTogetherAndTheTotalCountsEveryMatch() {
        Customer acme = named("acme", "Acme GmbH", "billing@acme.example", T0);
        Customer acmeLabs = named("acme-labs", "acme labs", null, T0.plusSeconds(1));
        Customer globex = named("globex", "Globex", "ap@globex.example", T0.plusSeconds(2));
        Customer initech = named("initech", "Initech", "ap@initech.example", T0.plusSeconds(3));
        for (Customer c : List.of(acme, acmeLabs, globex, initech)) {
            repository().insert(c);
        }
        repository().update(initech.deleted(initech.audit()));

        // contains is case-insensitive: both Acme customers
        assertThat(search(where(contains("name", "ACME")), PageRequest.first(10)).items())
                .containsExactly(acmeLabs, acme);
        // a customer without an email satisfies no condition on it, not_contains included
        assertThat(search(where(notContains("email", "acme")), PageRequest.first(10)).items())
                .containsExactly(globex);
        assertThat(search(where(in("external_id", "acme", "globex", "initech")), PageRequest.first(10)).items())
                .containsExactly(globex, acme);
        assertThat(search(where(notIn("external_id", "acme")), PageRequest.first(10)).items())
                .containsExactly(globex, acmeLabs);
        assertThat(search(where(eq("email", "ap@globex.example")), PageRequest.first(10)).items())
                .containsExactly(globex);
        // strict bounds: created at T0+1 and T0+2 are after T0 and before T0+3
        assertThat(search(where(after("created_at", T0), before("created_at", T0.plusSeconds(3))),
                PageRequest.first(10)).items()).containsExactly(globex, acmeLabs);
        assertThat(search(where(eqDate("created_at", T0)), PageRequest.first(10)).items()).containsExactly(acme);
        // the deleted customer stays out unless the named status filter asks for it
        assertThat(search(where(eq("status", "deleted")), PageRequest.first(10)).items()).isEmpty();
        // two of the three live customers match; the second page of one holds the newer, the total counts both
        Page<Customer> page = search(where(contains("external_id", "acme"), eq("status", "published")),
                new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(acmeLabs);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void searchSortComesBeforeTheListingOrderAndComparesTextByCodePoint() {
        Customer acme = named("acme", "Acme GmbH", "b@acme.example", T0);
        Customer acmeLabs = named("acme-labs", "acme labs", null, T0.plusSeconds(1));
        Customer globex = named("globex", "Globex", "a@globex.example", T0.plusSeconds(2));
        Customer globexTwin = named("globex-2", "Globex", "c@globex.example", T0.plusSeconds(3));
        for (Customer c : List.of(acme, acmeLabs, globex, globexTwin)) {
            repository().insert(c);
        }

        // upper case before lower case (code points); equal names newest first (the listing's order)
        assertThat(search(sortedBy(asc("name")), PageRequest.first(10)).items())
                .containsExactly(acme, globexTwin, globex, acmeLabs);
        assertThat(search(sortedBy(asc("name")), new PageRequest(10, 0, SortOrder.ASC)).items())
                .containsExactly(acme, globex, globexTwin, acmeLabs);
        // no email: last ascending, first descending
        assertThat(search(sortedBy(asc("email")), PageRequest.first(10)).items())
                .containsExactly(globex, acme, globexTwin, acmeLabs);
        assertThat(search(sortedBy(desc("email")), PageRequest.first(10)).items())
                .containsExactly(acmeLabs, globexTwin, acme, globex);
        // sorts apply in order: the names tie, c@ before a@; the second page of one holds a@
        Page<Customer> page = search(where(List.of(contains("name", "globex")), asc("name"), desc("email")),
                new PageRequest(1, 1, SortOrder.DESC));
        assertThat(page.items()).containsExactly(globex);
        assertThat(page.total()).isEqualTo(2);
    }
}
