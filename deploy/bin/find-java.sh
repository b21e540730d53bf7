#!/usr/bin/env bash
# Finds a JDK 21 or newer and prints its home. Order: $JAVA_HOME, the `java` on PATH, then the JDKs
# installed in the usual places (newest first). Says clearly what is missing when there is none.

java_major() { # prints the major version of the java binary given, or 0
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

find_java_home() {
  local candidates=() seen=() c m best="" best_m=0
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -x "$c/bin/java" ]] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [[ -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    m=$(java_major "$c/bin/java")
    if (( m >= 21 && m > best_m )); then best="$c"; best_m=$m; fi
    seen+=("$c (Java $m)")
  done
  if [[ -z "$best" ]]; then
    {
      echo "xiaobu needs a JDK 21 or newer (Lucene 10 and Neo4j 2026 are Java 21 class files)."
      if ((${#seen[@]})); then echo "Found only: ${seen[*]}"; else echo "Found no JDK at all."; fi
      echo "Install one (e.g. Temurin 21+) and set JAVA_HOME to it."
    } >&2
    return 1
  fi
  echo "$best"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then find_java_home; fi
