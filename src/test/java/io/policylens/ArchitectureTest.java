package io.policylens;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout shows the architecture (README, Architecture): one package per stage, data flowing one way. Each
 * package may import only the packages listed for it here; tools are never imported by the runtime; each library
 * stays in the packages that wrap it.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.policylens");

    /** What each package may import of the project, besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
        Map.entry("document", Set.of()),
        Map.entry("text", Set.of("document")),
        Map.entry("source", Set.of("document")),
        Map.entry("extract", Set.of("text", "document")),
        Map.entry("analyse", Set.of("extract", "text", "document")),
        Map.entry("contract", Set.of("analyse", "extract", "text", "document")),
        Map.entry("index", Set.of("contract", "analyse", "extract", "text", "document", "source")),
        Map.entry("search", Set.of("index", "contract", "text", "document")),
        Map.entry("ingest", Set.of("index", "analyse", "extract", "text", "source", "document")),
        Map.entry("api", Set.of("search", "ingest", "contract", "text", "document")),
        Map.entry("node", Set.of("document")),
        Map.entry("pipelines", Set.of("ingest", "index", "source", "document")),
        Map.entry("app", Set.of("pipelines", "node", "api", "ingest", "search", "index", "contract", "analyse",
            "extract", "source", "text", "document")));

    @Test
    void eachPackageImportsOnlyTheStagesBeforeIt() {
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                .map(p -> "io.policylens." + p + "..").toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage("io.policylens." + e.getKey() + "..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(forbidden, "io.policylens.cli..",
                    "io.policylens.tools.."))
                .because("data flows one way: " + e.getKey() + " may use only " + e.getValue());
            rule.check(CLASSES);
        }
    }

    @Test
    void eachLibraryStaysInThePackagesThatWrapIt() {
        libraryIn("org.apache.camel..", "pipelines", "app", "cli");
        libraryIn("org.apache.tika..", "extract", "tools");
        libraryIn("com.hankcs..", "text", "analyse", "tools");
        libraryIn("opennlp..", "analyse", "tools");
        libraryIn("co.elastic.clients..", "index", "search", "node", "tools");
        libraryIn("io.javalin..", "api", "app", "cli");
        libraryIn("picocli..", "cli");
    }

    private static void libraryIn(String library, String... packages) {
        String[] allowed = java.util.Arrays.stream(packages).map(p -> "io.policylens." + p + "..").toArray(String[]::new);
        noClasses().that().resideOutsideOfPackages(allowed).should().dependOnClassesThat().resideInAPackage(library)
            .because(library + " is wrapped by " + String.join(", ", packages)).check(CLASSES);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
