package io.streamwise.core.io;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

/** What ends the parser thread reaches the thread that builds the log. */
class ParserThreadTest {

	@Test
	void anErrorInTheParserThreadIsRethrownToTheCaller() throws Exception {
		OutOfMemoryError planted = new OutOfMemoryError("planted");
		Iterator<RecordBuffer> failing = new Iterator<>() {
			@Override
			public boolean hasNext() {
				throw planted;
			}

			@Override
			public RecordBuffer next() {
				throw new AssertionError("never reached");
			}
		};
		try (ParserThread parser = new ParserThread(failing, new RecordBuffer(), Path.of("events.csv"), null)) {
			// before the fix the error died with the parser thread (printed by the default handler) and the
			// caller saw a clean end of file: a silently truncated log
			assertSame(planted, assertThrows(OutOfMemoryError.class, parser::next));
		}
	}
}
