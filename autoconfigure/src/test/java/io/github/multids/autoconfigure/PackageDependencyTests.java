/*
 * Copyright 2026 the multids authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.multids.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies between the packages go one way: the runtime API knows nothing of the
 * auto-configuration, binding is a leaf, only the auto-configuration package itself
 * assembles the concerns, and no two packages depend on each other.
 */
class PackageDependencyTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.multids");

	@Test
	void runtimeApiDependsOnNothingOfTheAutoConfiguration() {
		noClasses().that()
			.resideInAnyPackage("io.github.multids", "io.github.multids.context")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.github.multids.autoconfigure..")
			.check(CLASSES);
	}

	@Test
	void bindingDependsOnNoOtherConcern() {
		noClasses().that()
			.resideInAPackage("io.github.multids.autoconfigure.binding")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.multids.autoconfigure", "io.github.multids.autoconfigure.jdbc",
					"io.github.multids.autoconfigure.jpa", "io.github.multids.autoconfigure.flyway",
					"io.github.multids.autoconfigure.routing", "io.github.multids.autoconfigure.health",
					"io.github.multids.autoconfigure.actuate", "io.github.multids.autoconfigure.reporting")
			.check(CLASSES);
	}

	@Test
	void onlyTheAutoConfigurationPackageAssemblesTheConcerns() {
		noClasses().that()
			.resideInAPackage("io.github.multids.autoconfigure.*")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.github.multids.autoconfigure")
			.check(CLASSES);
	}

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("io.github.(**)").should().beFreeOfCycles().check(CLASSES);
	}

}
