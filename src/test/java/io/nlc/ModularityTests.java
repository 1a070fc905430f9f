package io.nlc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails when a module reaches into another module's internals or modules depend on each other in a cycle, a package
 * grows too big, or a bean depends on a setting in a way an ahead-of-time build would ignore.
 */
class ModularityTests {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.nlc");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** A package that grows past this holds more than one feature and should be split, as assessment once was. */
    @Test
    void noPackageHoldsMoreThanThirtyTypes() {
        Map<String, Long> types = APP.stream()
                .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
        assertThat(types)
                .isNotEmpty()
                .allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(30));
    }

    /**
     * A jar built with Spring's ahead-of-time processing (the aot Maven profile) decides at build time which beans
     * exist, so a bean condition on a setting would ignore what whoever starts the app sets: the app's switches are
     * read at run time instead, as the backup and reminder schedules do. Only the demo and the drill add beans by
     * condition, and such a build refuses them (kernel.AheadOfTimeBuild).
     */
    @Test
    void onlyTheDemoAndTheDrillHaveConditionalBeans() {
        // Every condition, @Profile and @ConditionalOnProperty included, is a meta-annotation @Conditional.
        String[] conditional = {"io.nlc.demo..", "io.nlc.drill.."};
        noClasses()
                .that()
                .resideOutsideOfPackages(conditional)
                .should()
                .beMetaAnnotatedWith(Conditional.class)
                .check(APP);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackages(conditional)
                .should()
                .beMetaAnnotatedWith(Conditional.class)
                .check(APP);
    }

    /** Generates the module diagrams under target/spring-modulith-docs; it checks nothing by itself. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
