package ddl.engine;

import ddl.lang.Source;
import ddl.lang.translate.Unit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.SnippetEvent;

/** For every snippet JShell made from ddl source: which unit and source it came from. */
final class SnippetIndex {
  /** Where a snippet came from; {@code lineOffset} is its first line within the unit's Java. */
  record Origin(Source source, Unit unit, int lineOffset) {}

  private final Map<String, Origin> byId = new ConcurrentHashMap<>();

  void record(List<SnippetEvent> events, Source source, Unit unit, int lineOffset) {
    for (SnippetEvent e : events) {
      if (e.causeSnippet() == null && e.snippet() != null) {
        byId.put(e.snippet().id(), new Origin(source, unit, lineOffset));
      }
    }
  }

  /** The origin of a stack frame's file name as JShell writes it ({@code #12}), or null. */
  Origin ofFrame(String fileName) {
    if (fileName == null || !fileName.startsWith("#")) {
      return null;
    }
    return byId.get(fileName.substring(1));
  }
}
