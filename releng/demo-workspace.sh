# Sourced by releng/screenshots.sh, releng/report-screenshots.sh and releng/workbench-startup.sh.
# demo_project PRODUCT DIR: a research project in DIR (a folder of a workspace): simulated data (small preset), an
# experiment run once headless (so that its results exist) and a catalog of knowledge products.
demo_project() {
  local PRODUCT="$1" demo="$2"
  mkdir -p "$demo"
  "$PRODUCT/streamwise" simulate --preset small --seed 1 --out "$demo/data" > /dev/null
  cat > "$demo/demo.experiment" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
      xmlns:experiment="http://streamwise.io/model/experiment/1.0"
      id="demo" name="Demo: built-ins on simulated live commerce" formatVersion="1.0" seed="1">
  <dataset kind="CSV" location="data"/>
  <protocol kind="TEMPORAL" trainRatio="0.8" folds="1">
    <options key="relevant" value="purchase"/>
    <options key="excludeSeen" value="true"/>
  </protocol>
  <algorithms algorithmId="pop" label="pop"/>
  <algorithms algorithmId="random" label="random"/>
  <algorithms algorithmId="moa.naive-bayes" label="naive-bayes"/>
  <algorithms algorithmId="base-rate" label="base-rate"/>
  <metrics>recall@5</metrics>
  <metrics>recall@10</metrics>
  <metrics>recall@20</metrics>
  <metrics>ndcg@10</metrics>
  <metrics>auc</metrics>
  <metrics>logloss</metrics>
</experiment:Experiment>
XMI
  cat > "$demo/shop.catalog" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<catalog:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xmlns:catalog="http://streamwise.io/model/catalog/1.0" name="Knowledge shop" currency="CNY" formatVersion="1.0">
  <products xsi:type="catalog:Course" id="c1" name="Budgeting basics" price="199.0" lessons="12" durationHours="6.0"/>
  <products xsi:type="catalog:Consultation" id="k1" name="One-to-one money review" price="499.0" durationMinutes="45" oneToOne="true"/>
  <products xsi:type="catalog:Membership" id="m1" name="Saver's club" price="39.0" periodDays="30" recurring="true"/>
  <products xsi:type="catalog:EBook" id="e1" name="The frugal kitchen" price="29.0" pages="180"/>
  <categories id="finance" name="Personal finance"/>
  <creators id="a1" name="Lin"/>
</catalog:Catalog>
XMI
  "$PRODUCT/streamwise" run "$demo/demo.experiment" --out "$demo/demo.results" > /dev/null
}

# drift_experiment FILE [METRIC...]: File > New > Stream Experiment's starter (MOA random-tree concepts with an abrupt
# drift at 10000, three learners, ADWIN) with the metrics given (accuracy when none)
drift_experiment() {
  local file="$1" metrics="" m
  shift
  [ $# -gt 0 ] || set -- accuracy
  for m in "$@"; do metrics="$metrics  <metrics>$m</metrics>
"; done
  cat > "$file" <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
      xmlns:experiment="http://streamwise.io/model/experiment/1.0"
      id="drift" name="Random-tree concepts with an abrupt drift at 10000" seed="1">
  <algorithms algorithmId="moa" label="HoeffdingTree">
    <settings key="learner" value="trees.HoeffdingTree"/>
  </algorithms>
  <algorithms algorithmId="moa" label="HoeffdingAdaptiveTree">
    <settings key="learner" value="trees.HoeffdingAdaptiveTree"/>
  </algorithms>
  <algorithms algorithmId="moa" label="NaiveBayes">
    <settings key="learner" value="bayes.NaiveBayes"/>
  </algorithms>
${metrics}  <stream source="GENERATOR" generator="ConceptDriftStream" instances="20000" curveEvery="500" driftDetector="ADWIN">
    <generatorOptions key="stream" value="generators.RandomTreeGenerator -r 1"/>
    <generatorOptions key="driftstream" value="generators.RandomTreeGenerator -r 2"/>
    <generatorOptions key="position" value="10000"/>
    <generatorOptions key="width" value="1"/>
  </stream>
</experiment:Experiment>
XMI
}
