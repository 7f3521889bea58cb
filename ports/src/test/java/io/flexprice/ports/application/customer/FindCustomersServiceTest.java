package io.flexprice.ports.application.customer;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Customer;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerFilter;
import io.flexprice.ports.testing.FakeCustomerRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindCustomersServiceTest {

    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FindCustomersService service = new FindCustomersService(customers);
    private final Caller caller = aCaller().build();

    @Test
    void getFindsALiveCustomerByIdOrByExternalId() {
        Customer acme = customers.add(aCustomer().id("cust_1").externalId("acme").build());

        assertThat(service.get(caller, CustomerRef.byId("cust_1"))).isEqualTo(acme);
        assertThat(service.get(caller, CustomerRef.byExternalId("acme"))).isEqualTo(acme);
    }

    @Test
    void getOfAnUnknownOrDeletedCustomerIsNotFound() {
        customers.add(aCustomer().id("cust_gone").externalId("gone").status(Status.DELETED).build());

        for (CustomerRef ref : List.of(CustomerRef.byId("cust_nobody"), CustomerRef.byExternalId("nobody"),
                CustomerRef.byId("cust_gone"), CustomerRef.byExternalId("gone"))) {
            assertThatThrownBy(() -> service.get(caller, ref)).as(ref.toString())
                    .isInstanceOf(NotFoundException.class)
                    .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
        }
    }

    @Test
    void anArchivedCustomerIsStillFound() {
        Customer archived = customers.add(aCustomer().id("cust_old").status(Status.ARCHIVED).build());

        assertThat(service.get(caller, CustomerRef.byId("cust_old"))).isEqualTo(archived);
    }

    @Test
    void aCustomerOfAnotherEnvironmentIsNotFound() {
        customers.add(aCustomer().id("cust_1").externalId("acme").in(OTHER_ENVIRONMENT).build());

        assertThatThrownBy(() -> service.get(caller, CustomerRef.byId("cust_1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(caller, CustomerRef.byExternalId("acme")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchLooksOnlyInTheCallersScopeWithTheFilterAndPageGiven() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());
        customers.add(aCustomer().id("cust_2").externalId("globex").build());
        customers.add(aCustomer().id("cust_3").externalId("initech").status(Status.DELETED).build());
        customers.add(aCustomer().id("cust_4").externalId("acme").in(OTHER_ENVIRONMENT).build());

        Page<Customer> live = service.search(caller, CustomerFilter.ALL_LIVE, PageRequest.first(10));
        Page<Customer> acme = service.search(caller, new CustomerFilter(List.of(), List.of("acme"), null, null),
                PageRequest.first(10));

        assertThat(live.items()).extracting(c -> c.id().value()).containsExactlyInAnyOrder("cust_1", "cust_2");
        assertThat(live.total()).isEqualTo(2);
        assertThat(acme.items()).extracting(c -> c.id().value()).containsExactly("cust_1");
    }
}
