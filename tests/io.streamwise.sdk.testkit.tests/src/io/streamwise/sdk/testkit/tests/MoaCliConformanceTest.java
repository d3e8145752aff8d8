package io.streamwise.sdk.testkit.tests;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

/** The conformance kit on a shipped algorithm. */
class MoaCliConformanceTest extends ConversionModelConformanceTest<io.streamwise.moa.MoaFactory.MoaSettings> {

	@Override
	protected ConversionModelFactory<io.streamwise.moa.MoaFactory.MoaSettings> factory() {
		return new io.streamwise.moa.MoaFactory();
	}
}
