package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.OptionNames;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.CsvMapping.TimestampFormat;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportOptions.EpochUnit;

/** Issue 11, item 7: dataset options travel typed; files keep their text, and files saved before still load. */
class DatasetOptionsTest {

	@TempDir
	Path dir;

	/** Written by ExperimentFiles.write of the version before typed options, from the import wizard's options. */
	private static final String SAVED_BY_WIZARD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:experiment="http://streamwise.io/model/experiment/1.0"
			    id="saved0" name="Saved by 0.1.0" formatVersion="1.0" seed="1">
			  <dataset kind="CSV" location="data/events.csv">
			    <options key="columns" value="viewer=Kunde,stream=-,item=1,type=-,timestamp=Zeit,value=Preis"/>
			    <options key="defaultType" value="purchase"/>
			    <options key="encoding" value="windows-1252"/>
			    <options key="header" value="yes"/>
			    <options key="rawIds" value="true"/>
			    <options key="separator" value="semicolon"/>
			  </dataset>
			  <protocol kind="TEMPORAL" trainRatio="0.8" folds="1"/>
			  <algorithms algorithmId="pop" label="pop"/>
			  <metrics>ndcg@10</metrics>
			</experiment:Experiment>
			""";

	/** The same version, with options as the compare command wrote them. */
	private static final String SAVED_BY_COMPARE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:experiment="http://streamwise.io/model/experiment/1.0"
			    id="saved1" name="Saved by 0.1.0" formatVersion="1.0" seed="1">
			  <dataset kind="CSV" location="data/events.csv">
			    <options key="columns" value="user,item,rating,timestamp,sep=tab,header=no"/>
			    <options key="maxRejectedShare" value="5%"/>
			    <options key="pseudonymKey" value="keys/project.key"/>
			    <options key="timeUnit" value="milliseconds"/>
			  </dataset>
			  <protocol kind="TEMPORAL" trainRatio="0.8" folds="1"/>
			  <algorithms algorithmId="pop" label="pop"/>
			  <metrics>ndcg@10</metrics>
			</experiment:Experiment>
			""";

	private DatasetOptions load(String xml, String name) throws IOException {
		Path file = Files.writeString(dir.resolve(name + ".experiment"), xml);
		return ExperimentFiles.read(file).dataset().fileOptions();
	}

	@Test
	void filesSavedByThePreviousVersionLoadToTheSameTypedOptions() throws IOException {
		DatasetOptions wizard = load(SAVED_BY_WIZARD, "wizard");
		CsvMapping expected = CsvMapping.builder().separator(';').header(true).column(Field.VIEWER, "Kunde")
				.ignore(Field.STREAM).column(Field.ITEM, 1).ignore(Field.TYPE).column(Field.TIMESTAMP, "Zeit")
				.column(Field.VALUE, "Preis").defaultType(EventType.PURCHASE).build();
		assertEquals(new DatasetOptions(expected, true, null,
				ImportOptions.defaults().withEncoding(Charset.forName("windows-1252"))), wizard);

		DatasetOptions compare = load(SAVED_BY_COMPARE, "compare");
		CsvMapping movieLens = CsvMapping.builder().separator('\t').header(false).column(Field.VIEWER, 0)
				.column(Field.ITEM, 1).column(Field.VALUE, 2).column(Field.TIMESTAMP, 3).ignore(Field.STREAM)
				.ignore(Field.TYPE).defaultType(EventType.RATE).build();
		assertEquals(new DatasetOptions(movieLens, false, "keys/project.key",
				ImportOptions.defaults().withMaxRejectedShare(0.05).withTimeUnit(EpochUnit.MILLISECONDS)), compare);
		// the key named is the one used
		assertEquals(dir.resolve("keys/project.key").toAbsolutePath().normalize(),
				DatasetLoader.keyFile(ExperimentFiles.read(dir.resolve("compare.experiment")).dataset().options(),
						dir));
	}

	@Test
	void savedAgainTheyKeepTheirMeaningUnderTheCurrentNames() throws IOException {
		for (String xml : List.of(SAVED_BY_WIZARD, SAVED_BY_COMPARE)) {
			DatasetOptions before = load(xml, "old");
			ExperimentSpec spec = ExperimentFiles.read(dir.resolve("old.experiment"));
			DatasetSpec d = DatasetSpec.files(DatasetKind.CSV, spec.dataset().location(), null, before);
			ExperimentSpec again = new ExperimentSpec(spec.id(), spec.name(), spec.seed(), d, spec.protocol(),
					spec.algorithms(), spec.metrics());
			Path file = dir.resolve("again.experiment");
			ExperimentFiles.write(again, file);
			assertEquals(before, ExperimentFiles.read(file).dataset().fileOptions());
		}
	}

	private static DatasetOptions random(SplittableRandom r) {
		CsvMapping.Builder b = CsvMapping.builder().separator(";,\t| :".charAt(r.nextInt(6))).header(r.nextBoolean())
				.timestampFormat(TimestampFormat.values()[r.nextInt(4)]);
		for (Field f : Field.values()) {
			switch (r.nextInt(4)) {
			case 0 -> {
			}
			case 1 -> b.ignore(f);
			case 2 -> b.column(f, r.nextInt(12));
			default -> b.column(f, List.of("user", "Zeit", "price (€)", "a=b").get(r.nextInt(4)));
			}
		}
		b.defaultType(r.nextBoolean() ? null : EventType.values()[r.nextInt(EventType.values().length)]);
		ImportOptions io = ImportOptions.defaults()
				.withEncoding(
						Charset.forName(List.of("UTF-8", "ISO-8859-1", "windows-1252", "GB18030").get(r.nextInt(4))))
				.withMaxRejectedShare(List.of(0.01, 0.0, 1.0, 0.05, 0.0001, 0.333).get(r.nextInt(6)))
				.withTimeUnit(EpochUnit.values()[r.nextInt(3)]);
		return new DatasetOptions(b.build(), r.nextBoolean(), r.nextBoolean() ? null : "keys/k" + r.nextInt(3) + ".key",
				io);
	}

	@Test
	void typedToTextToTypedIsTheIdentityForManyOptions() {
		SplittableRandom r = new SplittableRandom(3);
		for (int i = 0; i < 3000; i++) {
			DatasetOptions o = random(r);
			Map<String, String> text = o.toMap();
			assertEquals(o, DatasetOptions.fromMap(text), text.toString());
			assertEquals(text, DatasetOptions.fromMap(text).toMap());
		}
		assertEquals(Map.of(), DatasetOptions.defaults().toMap());
	}

	@Test
	void everyOptionHasOneCamelCaseNameAndOneCommandLineName() {
		assertEquals(List.of("--columns", "--separator", "--header", "--default-type", "--raw-ids", "--pseudonym-key",
				"--encoding", "--max-rejected-share", "--time-unit"),
				DatasetOptions.NAMES.stream().map(OptionNames::flag).toList());
		for (String name : DatasetOptions.NAMES) {
			assertEquals(name, OptionNames.camel(OptionNames.flag(name)));
		}
	}

	@Test
	void badOptionsNameTheOption() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> DatasetOptions.fromMap(Map.of("seperator", "tab")));
		assertTrue(unknown.getMessage().contains("'seperator'") && unknown.getMessage().contains("separator"),
				unknown.getMessage());
		IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
				() -> DatasetOptions.fromMap(Map.of("maxRejectedShare", "lots")));
		assertTrue(share.getMessage().startsWith("dataset option maxRejectedShare: "), share.getMessage());
		// the separate options override what the columns spec says, in any map order
		DatasetOptions o = DatasetOptions.fromMap(Map.of("columns", "user,item,sep=tab,header=no", "separator",
				"pipe", "header", "yes", "defaultType", "like"));
		assertEquals('|', o.mapping().separator());
		assertTrue(o.mapping().header());
		assertEquals(EventType.LIKE, o.mapping().defaultType());
		assertNull(DatasetOptions.fromMap(Map.of("pseudonymKey", "  ")).keyFile());
	}
}
