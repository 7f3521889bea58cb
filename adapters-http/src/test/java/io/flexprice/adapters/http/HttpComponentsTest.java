package io.flexprice.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HttpComponentsTest {

    @Test
    void every_component_has_one_public_inject_constructor_for_guice() {
        List<Class<?>> all = new ArrayList<>(HttpComponents.RESOURCES);
        all.addAll(HttpComponents.PROVIDERS);

        for (Class<?> type : all) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as(type.getSimpleName()).hasSize(1);
            assertThat(constructors[0].isAnnotationPresent(Inject.class)).as(type.getSimpleName()).isTrue();
            assertThat(type.getDeclaredConstructors()).as(type.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void resources_have_a_path_and_providers_are_marked_as_such() {
        HttpComponents.RESOURCES.forEach(type -> assertThat(type.isAnnotationPresent(Path.class)).as(type.getName()).isTrue());
        HttpComponents.PROVIDERS.forEach(type -> assertThat(type.isAnnotationPresent(Provider.class)).as(type.getName()).isTrue());
    }

    @Test
    void every_resource_and_provider_of_the_module_is_registered() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(
                HttpComponents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (!Modifier.isAbstract(type.getModifiers())
                        && (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))) {
                    found.add(type.getName());
                }
            }
        }
        List<String> registered = Stream.concat(HttpComponents.RESOURCES.stream(), HttpComponents.PROVIDERS.stream())
                .map(Class::getName).toList();

        assertThat(registered).containsExactlyInAnyOrderElementsOf(found);
    }
}
