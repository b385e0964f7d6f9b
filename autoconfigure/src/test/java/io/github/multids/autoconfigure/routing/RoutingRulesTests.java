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
package io.github.multids.autoconfigure.routing;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.github.multids.DataSourceConfigurationException;
import io.github.multids.UseDataSource;
import io.github.multids.autoconfigure.binding.PackageRoutingRules;
import io.github.multids.autoconfigure.fixture.audit.AuditEntry;
import io.github.multids.autoconfigure.fixture.audit.AuditEntryRepository;
import io.github.multids.autoconfigure.fixture.books.Book;
import io.github.multids.autoconfigure.fixture.books.BookRepository;
import io.github.multids.autoconfigure.fixture.notes.NoteService;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RoutingRules}.
 */
class RoutingRulesTests {

	private static final String FIXTURE = "io.github.multids.autoconfigure.fixture";

	private final RoutingRules rules = new RoutingRules(
			new PackageRoutingRules(new LinkedHashMap<>(Map.of(FIXTURE, "main", FIXTURE + ".books", "library"))),
			new LinkedHashSet<>(List.of("main", "library", "audit")), "main");

	@Test
	void classAnnotationBeatsThePackageRule() {
		assertThat(this.rules.forClass(NoteService.class))
			.isEqualTo(new SourceAssignment(NoteService.class.getName(), "audit", "@UseDataSource(\"audit\")"));
	}

	@Test
	void classWithoutAnnotationFollowsTheLongestPackageRule() {
		assertThat(this.rules.forClass(Book.class))
			.isEqualTo(new SourceAssignment(Book.class.getName(), "library", "package rule " + FIXTURE + ".books"));
		assertThat(this.rules.forClass(AuditEntry.class))
			.isEqualTo(new SourceAssignment(AuditEntry.class.getName(), "main", "package rule " + FIXTURE));
	}

	@Test
	void beanOutsideEveryRuleHasNoSource() {
		assertThat(this.rules.forClass(Unassigned.class)).isNull();
		assertThat(this.rules.forMethod(Unassigned.class, method(Unassigned.class, "work"))).isNull();
	}

	@Test
	void methodAnnotationBeatsClassAnnotation() {
		assertThat(this.rules.forMethod(NoteService.class, method(NoteService.class, "currentSourceOnLibrary")))
			.isEqualTo(new SourceAssignment(NoteService.class.getName() + ".currentSourceOnLibrary", "library",
					"@UseDataSource(\"library\") on the method"));
	}

	@Test
	void methodWithoutAnnotationTakesTheSourceOfItsClass() {
		assertThat(this.rules.forMethod(NoteService.class, method(NoteService.class, "currentSource")))
			.isEqualTo(new SourceAssignment(NoteService.class.getName() + ".currentSource", "audit",
					"@UseDataSource(\"audit\")"));
	}

	@Test
	void methodAnnotationAssignsAMethodOfABeanOutsideEveryRule() {
		assertThat(this.rules.forMethod(Unassigned.class, method(Unassigned.class, "audit")))
			.extracting(SourceAssignment::source, SourceAssignment::reason)
			.containsExactly("audit", "@UseDataSource(\"audit\") on the method");
	}

	@Test
	void repositoryAnnotationBeatsThePackageRule() {
		assertThat(this.rules.forRepository(AuditedBookRepository.class)).isEqualTo(
				new SourceAssignment(AuditedBookRepository.class.getName(), "audit", "@UseDataSource(\"audit\")"));
	}

	@Test
	void repositoryWithoutAnnotationFollowsItsPackageRule() {
		assertThat(this.rules.forRepository(BookRepository.class)).isEqualTo(
				new SourceAssignment(BookRepository.class.getName(), "library", "package rule " + FIXTURE + ".books"));
	}

	@Test
	void repositoryOutsideEveryRuleBelongsToTheDefaultSource() {
		RoutingRules withoutRules = new RoutingRules(new PackageRoutingRules(Map.of()),
				new LinkedHashSet<>(List.of("main", "audit")), "main");
		assertThat(withoutRules.forRepository(AuditEntryRepository.class))
			.isEqualTo(new SourceAssignment(AuditEntryRepository.class.getName(), "main", "default source"));
	}

	@Test
	void failsWhenARepositoryMethodNamesAnotherSourceThanItsRepository() {
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> this.rules.forRepository(SplitRepository.class))
			.withMessage("The repository method " + SplitRepository.class.getName()
					+ ".countAudited is annotated @UseDataSource(\"audit\") but its repository belongs to source"
					+ " 'main': a repository queries one source's EntityManagerFactory.");
	}

	@Test
	void entityFollowsTheLongestPackageRule() {
		assertThat(this.rules.forEntity(Book.class.getName()))
			.isEqualTo(new SourceAssignment(Book.class.getName(), "library", "package rule " + FIXTURE + ".books"));
	}

	@Test
	void entityOutsideEveryRuleBelongsToTheDefaultSource() {
		assertThat(this.rules.forEntity("com.acme.Order"))
			.isEqualTo(new SourceAssignment("com.acme.Order", "main", "default source"));
	}

	@Test
	void failsWhenAClassNamesAnUnknownSourceSuggestingTheClosestName() {
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> this.rules.forClass(Misspelt.class))
			.withMessage("The class " + Misspelt.class.getName() + " is annotated @UseDataSource(\"audti\") but no"
					+ " source has that name; the configured sources are [main, library, audit].")
			.satisfies((ex) -> assertThat(ex.getAction())
				.isEqualTo("Did you mean 'audit'? Use one of [main, library, audit] in the annotation, or configure"
						+ " 'datasources.audti.url'."));
	}

	@Test
	void failsWhenAMethodNamesAnUnknownSource() {
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> this.rules.forMethod(Unassigned.class, method(Unassigned.class, "misspelt")))
			.withMessageStartingWith(
					"The method " + Unassigned.class.getName() + ".misspelt is annotated @UseDataSource(\"nope\")");
	}

	@Test
	void failsWhenARepositoryNamesAnUnknownSource() {
		assertThatExceptionOfType(DataSourceConfigurationException.class)
			.isThrownBy(() -> this.rules.forRepository(MisspeltRepository.class))
			.withMessageStartingWith("The repository " + MisspeltRepository.class.getName()
					+ " is annotated @UseDataSource(\"librray\")")
			.satisfies((ex) -> assertThat(ex.getAction()).startsWith("Did you mean 'library'?"));
	}

	private static Method method(Class<?> type, String name) {
		return ReflectionUtils.findMethod(type, name);
	}

	static class Unassigned {

		void work() {
		}

		@UseDataSource("audit")
		void audit() {
		}

		@UseDataSource("nope")
		void misspelt() {
		}

	}

	@UseDataSource("audti")
	static class Misspelt {

	}

	@UseDataSource("audit")
	interface AuditedBookRepository extends Repository<Book, Long> {

	}

	interface SplitRepository extends Repository<Book, Long> {

		@UseDataSource("audit")
		long countAudited();

	}

	@UseDataSource("librray")
	interface MisspeltRepository extends Repository<Book, Long> {

	}

}
