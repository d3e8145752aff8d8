package io.streamwise.ui.campaigns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.data.Dataset;
import io.streamwise.core.campaign.CampaignLearner;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignPackage.Literals;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.PurchaseModel;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.TargetSegment;
import io.streamwise.ui.campaigns.Fields.Kind;
import io.streamwise.ui.jobs.EclipseProgress;

/**
 * Target segments and their funnels: per segment its size and, for the funnel chosen (every stream, or one stream),
 * each stage's rate as mean and concentration or as P10 and P90, with a small plot of its distribution. "Learn from
 * data" fills the rates from an event log as a job (CampaignLearner), applied as one command that Undo takes back.
 */
public final class FunnelPage extends CampaignFormPage {

	static final String ID = "funnels";
	private static final String[] STAGES = { "Reach", "Join", "Watch", "Engage" };
	private static final String[] PRODUCT_STAGES = { "Click", "Cart", "Purchase", "Refund" };

	/** The purchase model choice meaning none: purchase rates counted from the log. */
	static final String COUNTED = "none (count purchases)";

	private ElementList segments;
	private Combo funnelChoice, streamChoice, purchaseModelChoice;
	private List<String> conversionModels = List.of();
	private Composite rates;
	private List<Object> shownStructure = List.of();
	private final List<RatePlot> plots = new ArrayList<>();
	private Button learn;
	private Label learnStatus;
	private Job learning;

	FunnelPage(CampaignEditor editor) {
		super(editor, ID, "Funnels");
	}

	@Override
	int columns() {
		return 1;
	}

	@Override
	void createContent(Composite body) {
		Composite area = section(body, "Target segments",
				"The groups the campaign aims at, their sizes and their funnels. A funnel without a stream applies to"
						+ " every stream without one of its own.",
				2);
		segments = new ElementList(editor, toolkit, area, this::campaign, Literals.CAMPAIGN__SEGMENTS,
				e -> StreamsPage.label(((TargetSegment) e).getId(), ((TargetSegment) e).getName()), n -> {
					TargetSegment s = io.streamwise.model.campaign.CampaignFactory.eINSTANCE.createTargetSegment();
					s.setId(StreamsPage.freeId("segment", n,
							campaign().getSegments().stream().map(TargetSegment::getId).toList()));
					s.setName("New segment");
					s.setSize(1000);
					s.getFunnels().add(Templates.funnel(campaign()));
					return s;
				}, this::selectionChanged);
		Composite details = toolkit.createComposite(area);
		details.setLayout(new GridLayout(2, false));
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Supplier<EObject> segment = () -> segments.selected();
		fields.text(details, "Id:", null, segment, Literals.TARGET_SEGMENT__ID, Kind.TEXT);
		fields.text(details, "Name:", null, segment, Literals.TARGET_SEGMENT__NAME, Kind.TEXT);
		fields.text(details, "Size:", "Number of people in the segment", segment, Literals.TARGET_SEGMENT__SIZE,
				Kind.WHOLE);
		toolkit.createLabel(details, "Funnel:");
		funnelChoice = new Combo(details, SWT.READ_ONLY);
		toolkit.adapt(funnelChoice);
		funnelChoice.addListener(SWT.Selection, e -> {
			fields.reset();
			refreshContent();
		});
		toolkit.createLabel(details, "Funnel's stream:");
		Composite streamRow = toolkit.createComposite(details);
		GridLayout rowLayout = new GridLayout(3, false);
		rowLayout.marginWidth = 0;
		rowLayout.marginHeight = 0;
		streamRow.setLayout(rowLayout);
		streamChoice = new Combo(streamRow, SWT.READ_ONLY);
		toolkit.adapt(streamChoice);
		streamChoice.setToolTipText("The stream this funnel is for; every stream: those without a funnel of their own");
		streamChoice.addListener(SWT.Selection, e -> {
			Funnel f = funnel();
			int i = streamChoice.getSelectionIndex();
			if (f != null && i >= 0) {
				CampaignStream chosen = i == 0 ? null : campaign().getPlannedStreams().get(i - 1);
				if (chosen != f.getStream()) {
					editor.set(f, Literals.FUNNEL__STREAM, chosen);
				}
			}
		});
		Button addFunnel = toolkit.createButton(streamRow, "Add funnel", SWT.PUSH);
		addFunnel.setToolTipText("A copy of this funnel for the first stream without a funnel of its own");
		addFunnel.addListener(SWT.Selection, e -> addStreamFunnel());
		Button removeFunnel = toolkit.createButton(streamRow, "Remove funnel", SWT.PUSH);
		removeFunnel.addListener(SWT.Selection, e -> {
			Funnel f = funnel();
			if (f != null && segment().getFunnels().size() > 1) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), segment(),
						Literals.TARGET_SEGMENT__FUNNELS, f));
				funnelChoice.select(0);
				fields.reset();
				refreshContent();
			}
		});
		fields.text(details, "Watch minutes:", "The N of 'watch at least N minutes'", this::funnel,
				Literals.FUNNEL__WATCH_MINUTES, Kind.WHOLE);
		toolkit.createLabel(details, "Purchase model:");
		purchaseModelChoice = new Combo(details, SWT.READ_ONLY);
		toolkit.adapt(purchaseModelChoice);
		purchaseModelChoice.setToolTipText("A conversion model plugin whose purchase probability, fitted on the log's"
				+ " session features and averaged per segment, sets the purchase rates when learning; none: counted");
		purchaseModelChoice.addListener(SWT.Selection, e -> choosePurchaseModel(purchaseModelChoice.getText()));
		loadConversionModels();
		learn = toolkit.createButton(details, "Learn from data...", SWT.PUSH);
		learn.setToolTipText("Fill every segment's funnel (every stream) from an event log: a folder written by"
				+ " 'streamwise simulate' or a CSV event file; runs as a job, Undo takes it back");
		learn.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(learn.getShell());
			dialog.setText("Learn funnel rates");
			dialog.setMessage("A folder written by 'streamwise simulate' (events.csv, viewers.csv, audience)");
			String chosen = dialog.open();
			if (chosen != null) {
				learnFrom(Path.of(chosen));
			}
		});
		learnStatus = toolkit.createLabel(details, "", SWT.WRAP);
		learnStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		rates = section(body, "Stage rates",
				"Each rate is the share of the previous stage that goes on: a mean alone is taken as known; with a"
						+ " concentration it is Beta(mean x c, (1 - mean) x c); or give P10 and P90 instead. The plot is"
						+ " its distribution over [0, 1].",
				7);
		refreshContent();
	}

	/** Adds a copy of the chosen funnel for the first planned stream that has no funnel in the segment. */
	private void addStreamFunnel() {
		TargetSegment s = segment();
		Funnel f = funnel();
		if (s == null || f == null) {
			return;
		}
		CampaignStream free = campaign().getPlannedStreams().stream()
				.filter(st -> s.getFunnels().stream().noneMatch(x -> x.getStream() == st)).findFirst().orElse(null);
		if (free == null) {
			showLearnStatus("Every stream has a funnel of its own.");
			return;
		}
		Funnel copy = EcoreUtil.copy(f); // its products stay the campaign's
		copy.setStream(free);
		editor.execute(AddCommand.create(editor.getEditingDomain(), s, Literals.TARGET_SEGMENT__FUNNELS, copy));
		refreshContent();
		funnelChoice.select(s.getFunnels().indexOf(copy));
		fields.reset();
		refreshContent();
	}

	/** Sets (or, for none, removes) the campaign's purchase model, keeping the settings of the same model. */
	void choosePurchaseModel(String algorithm) {
		PurchaseModel now = campaign().getPurchaseModel();
		String current = now == null ? null : now.getAlgorithm();
		String wanted = algorithm == null || algorithm.equals(COUNTED) || algorithm.isBlank() ? null : algorithm;
		if (java.util.Objects.equals(current, wanted)) {
			return;
		}
		PurchaseModel chosen = null;
		if (wanted != null) {
			chosen = io.streamwise.model.campaign.CampaignFactory.eINSTANCE.createPurchaseModel();
			chosen.setAlgorithm(wanted);
		}
		editor.set(campaign(), Literals.CAMPAIGN__PURCHASE_MODEL, chosen);
	}

	/** The installed conversion models' ids, found off the UI thread (the registry may take a moment). */
	private void loadConversionModels() {
		Job find = Job.create("Finding conversion models", monitor -> {
			AlgorithmRegistry registry = registry();
			List<String> ids = registry == null ? List.of()
					: registry.all().stream().filter(f -> f instanceof ConversionModelFactory<?>)
							.map(f -> f.info().id()).toList();
			if (!purchaseModelChoice.isDisposed()) {
				purchaseModelChoice.getDisplay().asyncExec(() -> {
					conversionModels = ids;
					refreshPurchaseModel();
				});
			}
			return Status.OK_STATUS;
		});
		find.setSystem(true);
		find.schedule();
	}

	private static AlgorithmRegistry registry() {
		try {
			return RegistryLocator.await(FrameworkUtil.getBundle(FunnelPage.class).getBundleContext(), 10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private void refreshPurchaseModel() {
		if (purchaseModelChoice == null || purchaseModelChoice.isDisposed()) {
			return;
		}
		List<String> items = new ArrayList<>();
		items.add(COUNTED);
		items.addAll(conversionModels);
		PurchaseModel model = campaign().getPurchaseModel();
		String shown = model == null || model.getAlgorithm() == null ? COUNTED : model.getAlgorithm();
		if (!items.contains(shown)) {
			items.add(shown); // named by the file, not installed: learning will say so
		}
		if (!List.of(purchaseModelChoice.getItems()).equals(items)) {
			purchaseModelChoice.setItems(items.toArray(String[]::new));
		}
		purchaseModelChoice.select(items.indexOf(shown));
	}

	/** The purchase model combo, for tests: its items once the installed models are known. */
	public Combo purchaseModelChoice() {
		return purchaseModelChoice;
	}

	/** The funnel's stream combo, for tests. */
	public Combo streamChoice() {
		return streamChoice;
	}

	/** The segment selected, or null. */
	TargetSegment segment() {
		return segments == null ? null : (TargetSegment) segments.selected();
	}

	/** The funnel chosen in the selected segment, or null. */
	Funnel funnel() {
		TargetSegment s = segment();
		if (s == null || s.getFunnels().isEmpty()) {
			return null;
		}
		int i = funnelChoice == null ? 0 : Math.max(0, funnelChoice.getSelectionIndex());
		return s.getFunnels().get(Math.min(i, s.getFunnels().size() - 1));
	}

	void selectSegment(TargetSegment segment) {
		segments.select(segment);
	}

	private void selectionChanged() {
		if (funnelChoice != null) {
			funnelChoice.select(0);
		}
		if (fields != null) {
			fields.reset();
		}
		refreshContent();
	}

	@Override
	void refreshContent() {
		if (rates == null || rates.isDisposed()) {
			return;
		}
		segments.refresh();
		TargetSegment s = segment();
		List<String> choices = new ArrayList<>();
		if (s != null) {
			for (Funnel f : s.getFunnels()) {
				choices.add(f.getStream() == null ? "every stream" : "stream " + f.getStream().getId());
			}
		}
		if (!List.of(funnelChoice.getItems()).equals(choices)) {
			int was = Math.max(0, funnelChoice.getSelectionIndex());
			funnelChoice.setItems(choices.toArray(String[]::new));
			funnelChoice.select(Math.min(was, Math.max(0, choices.size() - 1)));
		}
		Funnel funnel = funnel();
		List<String> streamItems = new ArrayList<>();
		streamItems.add("every stream");
		campaign().getPlannedStreams().forEach(st -> streamItems.add(StreamsPage.label(st.getId(), st.getTitle())));
		if (!List.of(streamChoice.getItems()).equals(streamItems)) {
			streamChoice.setItems(streamItems.toArray(String[]::new));
		}
		streamChoice.setEnabled(funnel != null);
		streamChoice.select(funnel == null || funnel.getStream() == null ? 0
				: 1 + campaign().getPlannedStreams().indexOf(funnel.getStream()));
		refreshPurchaseModel();
		List<Object> structure = new ArrayList<>();
		if (funnel != null) {
			for (Conversion c : funnel.getConversions()) {
				structure.add(c.getProduct() == null ? "" : c.getProduct().getId());
			}
		}
		if (!structure.equals(shownStructure) || plots.isEmpty()) {
			rebuildRates(funnel == null ? 0 : funnel.getConversions().size());
			shownStructure = structure;
		}
		fields.refresh();
		for (RatePlot plot : plots) {
			plot.redraw();
		}
	}

	/** Rows of the stage rates: the segment's four stages, then four per conversion (product). */
	private void rebuildRates(int conversions) {
		for (Control c : rates.getChildren()) {
			c.dispose();
		}
		fields.prune();
		plots.clear();
		for (String header : new String[] { "Stage", "Mean", "Concentration", "P10", "P90", "Source",
				"Distribution" }) {
			toolkit.createLabel(rates, header).setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		}
		List<Function<Funnel, Rate>> stages = List.of(Funnel::getReach, Funnel::getJoin, Funnel::getWatch,
				Funnel::getEngage);
		for (int i = 0; i < STAGES.length; i++) {
			Function<Funnel, Rate> stage = stages.get(i);
			row(STAGES[i], () -> funnel() == null ? null : stage.apply(funnel()));
		}
		List<Function<Conversion, Rate>> productStages = List.of(Conversion::getClick, Conversion::getCart,
				Conversion::getPurchase, Conversion::getRefund);
		for (int c = 0; c < conversions; c++) {
			int index = c;
			Supplier<Conversion> conversion = () -> {
				Funnel f = funnel();
				return f == null || f.getConversions().size() <= index ? null : f.getConversions().get(index);
			};
			Conversion now = conversion.get();
			CampaignProduct product = now == null ? null : now.getProduct();
			Label heading = toolkit.createLabel(rates,
					product == null ? "Every other product" : "Product " + product.getId());
			heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
			for (int i = 0; i < PRODUCT_STAGES.length; i++) {
				Function<Conversion, Rate> stage = productStages.get(i);
				String label = PRODUCT_STAGES[i] + (product == null ? "" : " (" + product.getId() + ")");
				row(label, () -> conversion.get() == null ? null : stage.apply(conversion.get()));
			}
		}
		rates.layout(true);
		getManagedForm().reflow(true);
	}

	private void row(String stage, Supplier<Rate> rate) {
		toolkit.createLabel(rates, stage);
		fields.text(rates, null, stage + ": mean, in [0, 1]", rate, Literals.RATE__MEAN, Kind.RATE);
		fields.text(rates, null, stage + ": concentration (larger is surer)", rate, Literals.RATE__CONCENTRATION,
				Kind.AMOUNT);
		fields.text(rates, null, stage + ": 10th percentile, with P90 instead of mean", rate, Literals.RATE__P10,
				Kind.RATE);
		fields.text(rates, null, stage + ": 90th percentile, with P10 instead of mean", rate, Literals.RATE__P90,
				Kind.RATE);
		Label source = toolkit.createLabel(rates, "");
		source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		RatePlot plot = new RatePlot(rates, rate, source);
		toolkit.adapt(plot);
		plots.add(plot);
	}

	/** The plots of the rows shown, in order (for tests). */
	public List<? extends org.eclipse.swt.widgets.Canvas> plots() {
		return plots;
	}

	/**
	 * Learns every segment's funnel (every stream) from an event log as a job; the learned funnels replace the old
	 * ones by one command when it ends.
	 *
	 * @param data a folder written by {@code streamwise simulate}, or a CSV event file
	 * @return the job
	 */
	public Job learnFrom(Path data) {
		cancel();
		// the job works on a copy: the model belongs to the UI thread
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Campaign copy = (Campaign) copier.copy(campaign());
		copier.copyReferences();
		Map<EObject, EObject> original = new IdentityHashMap<>();
		copier.forEach((o, c) -> original.put(c, o));
		String source = data.getFileName().toString();
		Job job = Job.create("Learning funnel rates from " + source, monitor -> {
			EclipseProgress progress = new EclipseProgress(monitor);
			try {
				Map<String, String> options = Files.isDirectory(data) ? Map.of()
						// learning needs no viewer ids: no pseudonym key is made for them
						: Map.of(DatasetOptions.RAW_IDS, "true");
				Dataset dataset = DatasetLoader.load(new DatasetSpec(DatasetKind.CSV, data.toString(), null, options),
						data.toAbsolutePath().getParent(), 1, progress).dataset();
				AlgorithmRegistry registry = copy.getPurchaseModel() == null ? null : registry();
				CampaignLearner.Report report = CampaignLearner.learn(copy, dataset.log(), data.toString(), registry,
						1, progress);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				rates.getDisplay().asyncExec(() -> apply(copy, original, report, source));
				return Status.OK_STATUS;
			} catch (io.streamwise.api.progress.CancelledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				return Status.error("Could not learn from " + data + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				IStatus result = event.getResult();
				if (result.getSeverity() == IStatus.OK) {
					return;
				}
				rates.getDisplay().asyncExec(() -> showLearnStatus(
						result.getSeverity() == IStatus.CANCEL ? "Learning cancelled; nothing changed."
								: result.getMessage()));
			}
		});
		learning = job;
		showLearnStatus("Learning from " + source + "...");
		job.schedule();
		return job;
	}

	/** Replaces each segment's funnel for every stream (and its size) by the learned one, as one command. */
	private void apply(Campaign learned, Map<EObject, EObject> original, CampaignLearner.Report report,
			String source) {
		if (rates.isDisposed()) {
			return;
		}
		CompoundCommand command = new CompoundCommand("Learn funnel rates from " + source);
		var domain = editor.getEditingDomain();
		for (TargetSegment learnedSegment : learned.getSegments()) {
			TargetSegment segment = (TargetSegment) original.get(learnedSegment);
			if (segment == null || segment.eContainer() != campaign()) {
				continue; // removed while the job ran
			}
			Funnel learnedFunnel = learnedSegment.getFunnels().stream().filter(f -> f.getStream() == null).findFirst()
					.orElse(null);
			if (learnedFunnel == null) {
				continue;
			}
			Funnel fresh = EcoreUtil.copy(learnedFunnel);
			for (Conversion c : fresh.getConversions()) {
				if (c.getProduct() != null && original.get(c.getProduct()) instanceof CampaignProduct product) {
					c.setProduct(product); // the copy's product is the model's
				}
			}
			Funnel old = segment.getFunnels().stream().filter(f -> f.getStream() == null).findFirst().orElse(null);
			command.append(old == null
					? AddCommand.create(domain, segment, Literals.TARGET_SEGMENT__FUNNELS, fresh)
					: ReplaceCommand.create(domain, segment, Literals.TARGET_SEGMENT__FUNNELS, old, List.of(fresh)));
			if (learnedSegment.getSize() != segment.getSize()) {
				command.append(SetCommand.create(domain, segment, Literals.TARGET_SEGMENT__SIZE,
						learnedSegment.getSize()));
			}
		}
		editor.execute(command);
		StringBuilder status = new StringBuilder(String.format(java.util.Locale.ROOT,
				"Learned %d rates of %d segments from %d streams of %s.", report.rates(), report.segments(),
				report.streams(), source));
		for (CampaignLearner.Purchase p : report.purchases()) {
			status.append(String.format(java.util.Locale.ROOT, "\n%s: %s gives P(a session buys) %.4f (counted %.4f).",
					p.segment(), p.algorithm(), p.model(), p.counted()));
		}
		showLearnStatus(status.toString());
	}

	private void showLearnStatus(String text) {
		if (learnStatus != null && !learnStatus.isDisposed()) {
			learnStatus.setText(text);
			learnStatus.getParent().layout(true);
		}
	}

	String learnStatus() {
		return learnStatus.getText();
	}

	void cancel() {
		if (learning != null) {
			learning.cancel();
		}
	}
}
