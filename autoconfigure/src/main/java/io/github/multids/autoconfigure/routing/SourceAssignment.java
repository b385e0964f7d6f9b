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

/**
 * A class, method, repository or entity assigned to a source, and the rule that decided.
 *
 * @param name the class name, or the class name and method name
 * @param source the source name
 * @param reason the rule that decided: {@code @UseDataSource("events")},
 * {@code package rule com.acme.events} or {@code default source}
 * @author multids
 */
public record SourceAssignment(String name, String source, String reason) {

}
