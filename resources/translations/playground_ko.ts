<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ActivationPlots</name>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="27" />
        <source>step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="27" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="27" />
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="28" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="28" />
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="28" />
        <source>identity</source>
        <translation>항등 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="29" />
        <source>Activation functions h(x)</source>
        <translation>활성화 함수 h(x)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="29" />
        <location filename="../../playground/gui/concepts/activations_page.py" line="32" />
        <source>input x</source>
        <translation>입력 x</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="30" />
        <source>output h(x)</source>
        <translation>출력 h(x)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="31" />
        <source>Derivatives h′(x): what backpropagation multiplies by</source>
        <translation>도함수 h′(x): 오차역전파에서 곱해지는 값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="32" />
        <source>slope h′(x)</source>
        <translation>기울기 h′(x)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="48" />
        <source>Show or hide this function and its derivative.</source>
        <translation>이 함수와 도함수를 표시하거나 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="55" />
        <source>Plot the functions for x from minus to plus this value.</source>
        <translation>x가 이 값의 음수부터 양수까지인 범위에서 함수를 그립니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="58" />
        <source>Slope of leaky ReLU for negative inputs (the engine's default is 0.01).</source>
        <translation>음수 입력에서 Leaky ReLU의 기울기입니다(엔진 기본값은 0.01).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="61" />
        <source>Move the mouse over a plot to read the values.</source>
        <translation>그래프 위로 마우스를 옮기면 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="69" />
        <source>Range of x:</source>
        <translation>x 범위:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="72" />
        <source>Leaky ReLU slope α:</source>
        <translation>Leaky ReLU 기울기 α:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="112" />
        <source>x = {0}</source>
        <translation>x = {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="116" />
        <source>&lt;span style='color:{0}'&gt;{1}: {2} (slope {3})&lt;/span&gt;</source>
        <translation>&lt;span style='color:{0}'&gt;{1}: {2} (기울기 {3})&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="251" />
        <source>A neuron adds up its weighted inputs and passes the sum through an &lt;b&gt;activation function&lt;/b&gt;. Training needs the function's slope: where the slope is 0 (the step everywhere, ReLU below 0) no gradient flows back, and sigmoid's slope is never above 0.25.</source>
        <translation>뉴런은 가중치를 곱한 입력을 모두 더하고 그 합을 &lt;b&gt;활성화 함수&lt;/b&gt;에 통과시킵니다. 학습에는 이 함수의 기울기가 필요합니다. 기울기가 0인 곳(계단 함수는 모든 곳, ReLU는 0 미만)에서는 기울기가 역전파되지 않으며, 시그모이드의 기울기는 0.25를 넘지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ActivationsView</name>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="55" />
        <source>Test image</source>
        <translation>시험 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="56" />
        <source>Feed an image from the model's test set</source>
        <translation>모델의 시험 데이터에서 이미지를 하나 입력합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="58" />
        <source>Digit on the Draw pad</source>
        <translation>그리기 패드의 숫자</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="59" />
        <source>Feed the digit drawn on the Draw panel (draw one there first)</source>
        <translation>그리기 패널에 그린 숫자를 입력합니다(먼저 그곳에서 숫자를 그리세요)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="66" />
        <source>Number of the test image (0 is the first)</source>
        <translation>시험 이미지 번호(0이 첫 번째)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="68" />
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="69" />
        <source>Pick a random test image</source>
        <translation>시험 이미지를 무작위로 고릅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="73" />
        <source>Input:</source>
        <translation>입력:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="79" />
        <source>The input as the network receives it</source>
        <translation>신경망이 받는 그대로의 입력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="100" />
        <source>Each layer's output for this input, first layer at the top</source>
        <translation>이 입력에 대한 각 층의 출력(맨 위가 첫 번째 층)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="115" />
        <location filename="../../playground/gui/weights/activations_view.py" line="151" />
        <source>No model loaded.</source>
        <translation>불러온 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="176" />
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="182" />
        <source>Cannot compute the activations: {0}</source>
        <translation>활성화 값을 계산할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="212" />
        <source>Predicted: &lt;b&gt;{0}&lt;/b&gt; ({1:.1%})</source>
        <translation>예측: &lt;b&gt;{0}&lt;/b&gt; ({1:.1%})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="214" />
        <source>True label: {0}</source>
        <translation>정답 레이블: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="216" />
        <source>Drawn on the Draw pad</source>
        <translation>그리기 패드에서 그린 숫자</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="241" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="241" />
        <source>unit</source>
        <translation>뉴런</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="242" />
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="242" />
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="252" />
        <source>Class probabilities</source>
        <translation>클래스별 확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="264" />
        <source>{0} maps of {1}x{2}</source>
        <translation>{1}x{2} 맵 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="269" />
        <source>{0} values</source>
        <translation>값 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/activations_view.py" line="270" />
        <source>Layer {0} · {1} · {2} · largest |value| {3:.3g}</source>
        <translation>층 {0} · {1} · {2} · 최대 |값| {3:.3g}</translation>
    </message>
</context>
<context>
    <name>ArithmeticTab</name>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="43" />
        <source>The affine layer whose arithmetic is shown</source>
        <translation>계산을 보여 줄 완전연결(affine) 층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="46" />
        <source>Units whose output a is above the activation's threshold (0 for ReLU, 0.5 for the sigmoid)</source>
        <translation>출력 a가 활성화 함수의 문턱값(ReLU는 0, 시그모이드는 0.5)보다 큰 유닛</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="49" />
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="54" />
        <source>Each unit's output a for this image. Hover to explain, click to keep</source>
        <translation>이 이미지에 대한 각 유닛의 출력 a. 마우스를 올리면 설명하고, 클릭하면 고정합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="58" />
        <source>The unit's inputs times their weights, x_i · w_i; the largest terms are outlined</source>
        <translation>유닛의 입력 × 가중치 x_i · w_i. 가장 큰 항에 테두리가 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="62" />
        <source>The product under the mouse</source>
        <translation>마우스 아래의 곱</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="66" />
        <source>Units: a = f(z)</source>
        <translation>유닛: a = f(z)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="68" />
        <source>Inputs × weights of the unit</source>
        <translation>유닛의 입력 × 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="73" />
        <source>Temperature T</source>
        <translation>온도 T</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="74" />
        <source>Scores are divided by T before the softmax: above 1 the probabilities spread, below 1 they sharpen</source>
        <translation>소프트맥스 전에 점수를 T로 나눕니다. 1보다 크면 확률이 퍼지고, 1보다 작으면 뾰족해집니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="80" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="86" />
        <source>Output: softmax</source>
        <translation>출력: 소프트맥스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="129" />
        <source>{0} of {1} units active</source>
        <translation>유닛 {1}개 중 {0}개 활성</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="130" />
        <source>{0} output scores (no activation)</source>
        <translation>출력 점수 {0}개 (활성화 함수 없음)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="152" />
        <source>Unit {0}: z = Σ xᵢ·wᵢ + b = {1:.4f} + ({2:.4f}) = {3:.4f}, the sum of {4} products. a = {5} = {6:.4f}. Largest terms: {7}.</source>
        <translation>유닛 {0}: z = Σ xᵢ·wᵢ + b = {1:.4f} + ({2:.4f}) = {3:.4f}, 곱 {4}개의 합입니다. a = {5} = {6:.4f}. 가장 큰 항: {7}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="166" />
        <source> (pixel row {0}, column {1})</source>
        <translation> (픽셀 {0}행, {1}열)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="167" />
        <source>Input {0}{1}: x = {2:.4f}, w = {3:.4f}, x · w = {4:.4f}</source>
        <translation>입력 {0}{1}: x = {2:.4f}, w = {3:.4f}, x · w = {4:.4f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="175" />
        <source>This network has no softmax: its outputs are the last layer's a, and its probabilities those outputs divided by their sum.</source>
        <translation>이 신경망에는 소프트맥스가 없습니다. 출력은 마지막 층의 a이고, 확률은 그 출력을 합으로 나눈 값입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/arithmetic_tab.py" line="190" />
        <source>Σ e = {0:.5g}. Most likely: {1} with p = {2:.2%}. Entropy {3:.3f} bits (0: certain, {4:.2f}: no idea).</source>
        <translation>Σ e = {0:.5g}. 가장 가능성 높은 답: {1} (p = {2:.2%}). 엔트로피 {3:.3f}비트 (0: 확신, {4:.2f}: 전혀 모름).</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="44" />
        <location filename="../../playground/gui/gates/backprop_view.py" line="162" />
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="46" />
        <source>Run gradient descent until every input is right with at least 90 % confidence (press again to pause)</source>
        <translation>모든 입력을 90 % 이상의 확신으로 맞힐 때까지 경사 하강법을 실행합니다(다시 누르면 일시 정지)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="48" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="49" />
        <source>One gradient-descent step on the four inputs</source>
        <translation>네 입력으로 경사 하강법을 한 단계 진행합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="50" />
        <source>New start</source>
        <translation>새로 시작</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="51" />
        <source>Draw new starting weights from the seed and clear the loss curve</source>
        <translation>시드로 새 초기 가중치를 뽑고 손실 곡선을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="55" />
        <source>Seed of the starting weights: some starts end in a local minimum that two hidden units cannot leave</source>
        <translation>초기 가중치의 시드: 어떤 시작점은 은닉 뉴런 두 개로는 빠져나올 수 없는 국소 최솟값에 갇힙니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="61" />
        <source>Learning rate of plain gradient descent</source>
        <translation>기본 경사 하강법의 학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="65" />
        <source>Gradient steps per frame</source>
        <translation>프레임당 경사 하강 단계 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="68" />
        <source>Steps taken and the current cross-entropy loss</source>
        <translation>진행한 단계 수와 현재 교차 엔트로피 손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="70" />
        <source>Backpropagation: 2 inputs → 2 sigmoid units → output</source>
        <translation>오차역전파: 입력 2개 → 시그모이드 뉴런 2개 → 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="76" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="77" />
        <source>Rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="78" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="87" />
        <source>expected</source>
        <translation>기대 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="88" />
        <source>Each input, the hidden units' sigmoid outputs, the network's probability of 1 and XOR's expected output</source>
        <translation>각 입력, 은닉 뉴런의 시그모이드 출력, 신경망이 1이라고 답할 확률, XOR의 기대 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="91" />
        <source>Truth table</source>
        <translation>진리표</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="105" />
        <source>The two hidden units' lines (where each sigmoid is 0.5) and the network's probability of 1 as shading</source>
        <translation>두 은닉 뉴런의 직선(각 시그모이드가 0.5인 곳)과, 음영으로 나타낸 신경망의 1일 확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="107" />
        <source>Each hidden unit learns one line; the output unit combines the two half-planes into XOR's band.</source>
        <translation>은닉 뉴런은 각각 직선 하나를 학습하고, 출력 뉴런은 두 반평면을 합쳐 XOR의 띠 모양 영역을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="110" />
        <source>gradient step</source>
        <translation>경사 하강 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="110" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="111" />
        <source>Cross-entropy loss after each gradient step</source>
        <translation>경사 하강 단계마다의 교차 엔트로피 손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="162" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="206" />
        <source>Step {0} · loss {1:.3f}</source>
        <translation>단계 {0} · 손실 {1:.3f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="208" />
        <source>solved with every answer above 90 %</source>
        <translation>해결: 모든 답이 90 %를 넘음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/backprop_view.py" line="210" />
        <source>stuck: try a new start with another seed</source>
        <translation>정체: 다른 시드로 새로 시작해 보세요</translation>
    </message>
</context>
<context>
    <name>BeforeAfterView</name>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="25" />
        <source>Which weight array to compare</source>
        <translation>비교할 가중치 배열</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="30" />
        <source>Weights:</source>
        <translation>가중치:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="33" />
        <source>Colour scale:</source>
        <translation>색 척도:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="37" />
        <source>How far training has moved these weights from where they started</source>
        <translation>학습이 이 가중치를 처음 값에서 얼마나 옮겼는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="38" />
        <location filename="../../playground/gui/weights/before_after.py" line="40" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="39" />
        <source>The weights before training</source>
        <translation>학습 전 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="41" />
        <source>The weights now</source>
        <translation>현재 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="42" />
        <location filename="../../playground/gui/weights/before_after.py" line="89" />
        <source>change</source>
        <translation>변화량</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="43" />
        <source>Now minus initial: what training has added</source>
        <translation>현재 값 − 초깃값: 학습이 더한 것</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="51" />
        <location filename="../../playground/gui/weights/before_after.py" line="71" />
        <source>No weights to show yet.</source>
        <translation>아직 표시할 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="76" />
        <source>There is no record of this model's weights at initialisation. Models trained with this app (Train panel or command line) keep them; while a run trains, its first snapshot is used.</source>
        <translation>이 모델에는 초기화 시점의 가중치 기록이 없습니다. 이 앱(학습 패널이나 명령줄)으로 학습한 모델에는 기록이 남으며, 학습이 진행 중일 때는 첫 스냅숏을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="88" />
        <source>change ÷ tile's largest |change|</source>
        <translation>변화량 ÷ 타일의 최대 |변화량|</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="91" />
        <source>At initialisation ({0})</source>
        <translation>초기화 시점 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="92" />
        <source>Now ({0})</source>
        <translation>현재 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="93" />
        <source>Change: now − initial</source>
        <translation>변화량: 현재 − 초깃값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/before_after.py" line="96" />
        <source>{0}: relative change ‖W − W₀‖ / ‖W₀‖ = {1:.3f}; mean |change| {2:.4g}; largest |change| {3:.4g}.</source>
        <translation>{0}: 상대 변화량 ‖W − W₀‖ / ‖W₀‖ = {1:.3f}, 평균 |변화량| {2:.4g}, 최대 |변화량| {3:.4g}.</translation>
    </message>
</context>
<context>
    <name>ClassPicturesView</name>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="43" />
        <source>Back-query (Rashid)</source>
        <translation>역질의 (Rashid)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="44" />
        <source>Gradient ascent</source>
        <translation>경사 상승법</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="45" />
        <source>How to make the pictures: back-query works only for Rashid's sigmoid network without biases; gradient ascent works for any network</source>
        <translation>그림을 만드는 방법: 역질의는 편향이 없는 Rashid의 시그모이드 신경망에만 쓸 수 있고, 경사 상승법은 어떤 신경망에든 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="48" />
        <source>Compute again</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="49" />
        <source>Make the pictures again for the current model</source>
        <translation>현재 모델로 그림을 다시 만듭니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="52" />
        <source>Gradient ascent steps done</source>
        <translation>진행한 경사 상승 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="57" />
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="66" />
        <source>One picture per class; below each, the probability the network gives that class for its own picture</source>
        <translation>클래스마다 그림 하나. 그림 아래의 값은 신경망이 그 그림을 해당 클래스로 볼 확률입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="75" />
        <source>Row k: the class probabilities the network gives the picture made for class k. A bright diagonal means it recognises its own pictures</source>
        <translation>k행: 클래스 k를 위해 만든 그림에 신경망이 매긴 클래스별 확률. 대각선이 밝으면 자기 그림을 알아본다는 뜻입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="78" />
        <source>What the network reads in each picture</source>
        <translation>신경망이 각 그림을 무엇으로 읽는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="80" />
        <source>class read</source>
        <translation>읽은 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="80" />
        <source>picture made for class</source>
        <translation>그림을 만든 대상 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="86" />
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="97" />
        <location filename="../../playground/gui/weights/class_pictures.py" line="111" />
        <source>No model loaded.</source>
        <translation>불러온 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="114" />
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="125" />
        <source>Made by back-query: each label (0.99 for the class, 0.01 elsewhere) is fed backwards through the network, using logit, the inverse of the sigmoid (Rashid, Make Your Own Neural Network).</source>
        <translation>역질의로 만든 그림: 각 레이블(해당 클래스는 0.99, 나머지는 0.01)을 시그모이드의 역함수인 로짓(logit)을 써서 신경망에 거꾸로 통과시킵니다(Rashid, 『신경망 첫걸음』).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="128" />
        <source>Made by gradient ascent: starting from a blank image, the pixels are changed step by step to raise the class's score, kept within the range of real inputs, pulled back towards blank (L2) and lightly blurred, so the picture shows what the network looks for rather than noise.</source>
        <translation>경사 상승법으로 만든 그림: 빈 이미지에서 시작해 클래스 점수가 올라가도록 픽셀을 한 단계씩 바꿉니다. 픽셀은 실제 입력의 범위 안에 두고, 빈 이미지 쪽으로 당기며(L2), 살짝 흐리게 하므로 그림에는 잡음이 아니라 신경망이 찾는 모습이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="140" />
        <source>Cannot make the class pictures: {0}</source>
        <translation>클래스 그림을 만들 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="183" />
        <source>p = {0:.0%}</source>
        <translation>p = {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/class_pictures.py" line="184" />
        <source>p = {0:.0%}
reads as {1}</source>
        <translation>p = {0:.0%}
{1}(으)로 읽음</translation>
    </message>
</context>
<context>
    <name>ClassesPanel</name>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="85" />
        <source>circle, triangle, smile</source>
        <translation>원, 삼각형, 웃는 얼굴</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="86" />
        <source>2 to 20 class names, separated by commas</source>
        <translation>쉼표로 구분한 클래스 이름 2~20개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="89" />
        <source>Keep as example</source>
        <translation>예시로 보관</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="90" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="97" />
        <source>Drawn examples</source>
        <translation>그린 예시</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="97" />
        <source>Loaded files</source>
        <translation>불러온 파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="98" />
        <source>Both (classes matched by name)</source>
        <translation>둘 다 (클래스는 이름으로 맞춤)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="100" />
        <source>Which examples to train on: the drawings kept on the Collect tab, the files loaded on the Load tab, or both together</source>
        <translation>무엇으로 학습할지: 모으기 탭에서 보관한 그림, 파일 불러오기 탭에서 불러온 파일, 또는 둘 다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="103" />
        <source>MNIST-style, like the pad</source>
        <translation>MNIST 방식 (그림판과 같음)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="104" />
        <source>Plain resize to 28 x 28</source>
        <translation>28 x 28로 단순 축소</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="105" />
        <source>MNIST-style crops to the ink, evens the strokes and centres them; a plain resize keeps the whole picture as framed. Dark ink on light paper is inverted either way.</source>
        <translation>MNIST 방식은 잉크 부분만 잘라 획 굵기를 고르게 하고 가운데에 놓습니다. 단순 축소는 그림 전체를 구도 그대로 둡니다. 어느 쪽이든 밝은 종이에 어두운 잉크는 반전됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="109" />
        <source>Digits model, train everything</source>
        <translation>숫자 모델에서, 모두 학습</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="110" />
        <source>Digits model, fine-tune copied layers slowly</source>
        <translation>숫자 모델에서, 복사한 층은 천천히 미세 조정</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="111" />
        <source>Digits model, freeze copied layers</source>
        <translation>숫자 모델에서, 복사한 층은 고정</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="112" />
        <source>From scratch</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="114" />
        <source>Start from the shipped digits model's layers with a new output layer (its copied layers trained fully, at a tenth of the rate, or not at all), or from random weights</source>
        <translation>함께 제공되는 숫자 모델의 층에 새 출력층을 붙여 시작하거나 (복사한 층은 그대로 학습, 10분의 1 학습률로 학습, 또는 학습하지 않음) 무작위 가중치에서 시작합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="119" />
        <location filename="../../playground/gui/classes/panel.py" line="351" />
        <source>Train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="120" />
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="131" />
        <source>Classes:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="135" />
        <source>Draw an example of:</source>
        <translation>예시를 그릴 클래스:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="146" />
        <source>Collect</source>
        <translation>모으기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="147" />
        <source>Load files</source>
        <translation>파일 불러오기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="148" />
        <source>What the network sees</source>
        <translation>신경망이 보는 것</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="150" />
        <source>Train on:</source>
        <translation>학습 데이터:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="151" />
        <source>Preparation:</source>
        <translation>전처리:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="152" />
        <source>Start from:</source>
        <translation>시작점:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="184" />
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="203" />
        <source>Name 2 to 20 different classes, separated by commas.</source>
        <translation>서로 다른 클래스 이름 2~20개를 쉼표로 구분해 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="225" />
        <source>Fewer than 5 examples: %1</source>
        <translation>예시가 5개 미만: %1</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="237" />
        <source>The pad holds no drawing to keep.</source>
        <translation>패드에 보관할 그림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="292" />
        <source>Loading stopped; nothing was loaded.</source>
        <translation>불러오기를 멈췄습니다. 아무것도 불러오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="327" />
        <source>No examples yet: draw some on the Collect tab or load files.</source>
        <translation>아직 예시가 없습니다. 모으기 탭에서 그리거나 파일을 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="329" />
        <source>%1 examples: %2</source>
        <translation>예시 %1개: %2</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="332" />
        <source>Warning: fewer than 5 examples of %1.</source>
        <translation>경고: %1의 예시가 5개보다 적습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="335" />
        <source>Warning: the classes are imbalanced (10:1 or more); the network will favour the large ones.</source>
        <translation>경고: 클래스 크기가 불균형합니다 (10:1 이상). 신경망이 큰 클래스 쪽으로 치우칩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="351" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="357" />
        <source>Training stopped.</source>
        <translation>학습을 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="364" />
        <source>Draw at least two examples of every class first.</source>
        <translation>먼저 모든 클래스마다 예시를 두 개 이상 그리세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="371" />
        <source>Training on %1 examples…</source>
        <translation>예시 %1개로 학습 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="440" />
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="443" />
        <source>Saving the model…</source>
        <translation>모델 저장 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="411" />
        <source>trained on your classes</source>
        <translation>내 클래스로 훈련됨</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/panel.py" line="415" />
        <source>Trained: %1 validation accuracy. Draw to see what it reads.</source>
        <translation>훈련 완료: 검증 정확도 %1. 그림을 그려 무엇으로 읽는지 보세요.</translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="36" />
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="37" />
        <source>Step, sigmoid, tanh, ReLU and their slopes; softmax and its overflow</source>
        <translation>계단 함수, 시그모이드, tanh, ReLU와 그 기울기, 소프트맥스와 오버플로</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="38" />
        <source>Loss functions</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="39" />
        <source>Mean squared error and cross-entropy as the prediction improves</source>
        <translation>예측이 좋아질 때 평균 제곱 오차와 교차 엔트로피 오차의 변화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="40" />
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="41" />
        <source>Walk downhill on a surface; race the optimizers</source>
        <translation>곡면을 따라 내려가 보고, 옵티마이저끼리 경주시킵니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="42" />
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="43" />
        <source>Backpropagation compared with numerical gradients</source>
        <translation>오차역전파와 수치 미분으로 구한 기울기 비교</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="44" />
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="45" />
        <source>Fit a line by gradient descent and a curve with a small network</source>
        <translation>경사 하강법으로 직선을, 작은 신경망으로 곡선을 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/panel.py" line="49" />
        <source>Choose a concept to explore.</source>
        <translation>살펴볼 개념을 고르세요.</translation>
    </message>
</context>
<context>
    <name>ConvFiltersView</name>
    <message>
        <location filename="../../playground/gui/weights/conv_filters.py" line="35" />
        <location filename="../../playground/gui/weights/conv_filters.py" line="58" />
        <source>No weights to show yet.</source>
        <translation>아직 표시할 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/conv_filters.py" line="51" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/conv_filters.py" line="52" />
        <source>Red: positive weights, blue: negative. Scroll to zoom, drag to pan</source>
        <translation>빨강: 양의 가중치, 파랑: 음의 가중치. 스크롤하면 확대/축소, 끌면 이동합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/conv_filters.py" line="63" />
        <source>This network has no convolution layers. Convolutional networks (Deep Learning from Scratch, chapter 7) show their filters here; a dense network's first layer is on the Hidden units tab.</source>
        <translation>이 신경망에는 합성곱 계층이 없습니다. 합성곱 신경망(『밑바닥부터 시작하는 딥러닝』 7장)은 여기에 필터가 표시되고, 완전연결 신경망의 첫 번째 층은 은닉 뉴런 탭에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/conv_filters.py" line="73" />
        <source>{0}: {1} filters of {2}x{3}</source>
        <translation>{0}: {2}x{3} 필터 {1}개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/conv_filters.py" line="75" />
        <source>{0}: {1} filters of {2}x{3} over {4} input channels (one row per filter, one tile per channel)</source>
        <translation>{0}: 입력 채널 {4}개에 걸친 {2}x{3} 필터 {1}개(필터마다 한 행, 채널마다 한 타일)</translation>
    </message>
</context>
<context>
    <name>ConvolutionTab</name>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="43" />
        <source>The convolution layer shown</source>
        <translation>보여 줄 합성곱 층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="46" />
        <source>Which filter of the layer slides</source>
        <translation>층의 어느 필터를 움직일지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="49" />
        <source>Which input channel is drawn (the sum runs over all of them)</source>
        <translation>그릴 입력 채널 (합은 모든 채널에 걸쳐 계산됩니다)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="51" />
        <location filename="../../playground/gui/inside/convolution_tab.py" line="181" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="53" />
        <source>Slide the filter over the input, one output cell at a time</source>
        <translation>출력 칸을 하나씩 옮겨 가며 필터를 입력 위로 밀어 봅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="55" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="56" />
        <source>Move the filter to the next output cell</source>
        <translation>필터를 다음 출력 칸으로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="59" />
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="59" />
        <source>Filter:</source>
        <translation>필터:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="60" />
        <source>Input channel:</source>
        <translation>입력 채널:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="68" />
        <source>The padded input; the outlined cells are the patch under the filter</source>
        <translation>패딩한 입력. 테두리 친 칸이 필터 아래의 패치입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="70" />
        <source>The filter's weights for this input channel</source>
        <translation>이 입력 채널에 대한 필터의 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="72" />
        <source>Patch × filter, element by element</source>
        <translation>패치 × 필터, 원소별 곱</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="76" />
        <source>The filter's output map z. Hover to move the filter there</source>
        <translation>필터의 출력 맵 z. 마우스를 올리면 필터가 그 위치로 옮겨 갑니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="79" />
        <source>ReLU(z) = max(0, z)</source>
        <translation>ReLU(z) = max(0, z)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="81" />
        <source>Max-pool: the largest value of each window</source>
        <translation>최대 풀링: 각 창의 가장 큰 값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="85" />
        <source>The patch as a column of the im2col matrix</source>
        <translation>im2col 행렬의 한 열이 된 패치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="87" />
        <source>The filter as a row of the filter matrix</source>
        <translation>필터 행렬의 한 행이 된 필터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="96" />
        <source>Input (padded)</source>
        <translation>입력 (패딩 포함)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="97" />
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="98" />
        <source>Patch × filter</source>
        <translation>패치 × 필터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="99" />
        <source>Output z</source>
        <translation>출력 z</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="100" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="101" />
        <source>2 × 2 max-pool</source>
        <translation>2 × 2 최대 풀링</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="102" />
        <source>im2col: filter matrix row × patch matrix column</source>
        <translation>im2col: 필터 행렬의 행 × 패치 행렬의 열</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="105" />
        <source>patch matrix column:</source>
        <translation>패치 행렬의 열:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="107" />
        <source>filter matrix row:</source>
        <translation>필터 행렬의 행:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="136" />
        <source>This network has no convolution layer: load simple-cnn or deep-cnn to slide a filter. The output-size calculator works for any numbers.</source>
        <translation>이 신경망에는 합성곱 층이 없습니다. 필터를 움직여 보려면 simple-cnn이나 deep-cnn을 불러오세요. 출력 크기 계산기는 어떤 숫자로도 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="181" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="203" />
        <source>Cell ({0}, {1}) of filter {2}: Σ patch × filter = {3:.4f} over {4} channel(s) × {5}×{6} (this channel: {7:.4f}), + bias {8:.4f} = {9:.4f}. The engine's z = {10:.4f}.</source>
        <translation>필터 {2}의 칸 ({0}, {1}): 채널 {4}개 × {5}×{6}에 걸친 Σ 패치 × 필터 = {3:.4f} (이 채널: {7:.4f}), + 편향 {8:.4f} = {9:.4f}. 엔진이 계산한 z = {10:.4f}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="217" />
        <source>No ReLU follows this convolution.</source>
        <translation>이 합성곱 뒤에는 ReLU가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="223" />
        <source>ReLU: max(0, {0:.4f}) = {1:.4f}. No max-pool follows this ReLU.</source>
        <translation>ReLU: max(0, {0:.4f}) = {1:.4f}. 이 ReLU 뒤에는 최대 풀링이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="234" />
        <source>ReLU: max(0, {0:.4f}) = {1:.4f}. Pooled cell ({2}, {3}) = max of {4} = {5:.4f}.</source>
        <translation>ReLU: max(0, {0:.4f}) = {1:.4f}. 풀링한 칸 ({2}, {3}) = {4} 중 최댓값 = {5:.4f}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/convolution_tab.py" line="249" />
        <source>The engine multiplies the filter matrix ({0} × {1}) by the patch matrix ({1} × {2}): one product for all {2} cells. Row {3} × column {4} + b = {5:.4f}.</source>
        <translation>엔진은 필터 행렬({0} × {1})에 패치 행렬({1} × {2})을 곱합니다. 행렬곱 한 번으로 {2}개 칸을 모두 계산합니다. 행 {3} × 열 {4} + b = {5:.4f}.</translation>
    </message>
</context>
<context>
    <name>CurvePage</name>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="191" />
        <source>y = x² + 3 and the network's curve</source>
        <translation>y = x² + 3과 신경망의 곡선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="194" />
        <source>training points</source>
        <translation>훈련 데이터 점</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="196" />
        <source>y = x² + 3</source>
        <translation>y = x² + 3</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="197" />
        <source>network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="202" />
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="202" />
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="202" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="209" />
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="209" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="209" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="211" />
        <source>Activation of the two hidden layers (changing it restarts).</source>
        <translation>두 은닉층의 활성화 함수(바꾸면 처음부터 다시 시작합니다).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="212" />
        <source>Adam's learning rate; takes effect at once.</source>
        <translation>Adam의 학습률. 바로 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="214" />
        <source>Training steps per screen update: higher trains faster.</source>
        <translation>화면을 한 번 갱신할 때마다 학습하는 단계 수. 클수록 빨리 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="215" />
        <location filename="../../playground/gui/concepts/regression_page.py" line="263" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="217" />
        <source>Start or pause training.</source>
        <translation>학습을 시작하거나 일시 정지합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="218" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="219" />
        <source>Start again from fresh random weights.</source>
        <translation>새로운 무작위 가중치로 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="231" />
        <source>Hidden activation:</source>
        <translation>은닉층 활성화 함수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="232" />
        <source>Learning rate (Adam):</source>
        <translation>학습률 (Adam):</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="233" />
        <source>Steps per update:</source>
        <translation>갱신당 단계 수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="239" />
        <source>A network 1 → 20 → 20 → 1 learns y = x² + 3 from 41 points in [−2, 2], with the loss ½·mean((y − t)²) and Adam. Its curve starts almost flat and bends into place; outside the training range it only guesses.</source>
        <translation>1 → 20 → 20 → 1 신경망이 [−2, 2] 구간의 점 41개로 y = x² + 3을 학습합니다. 손실은 ½·mean((y − t)²), 옵티마이저는 Adam입니다. 곡선은 거의 평평하게 시작해 차츰 제자리로 휘어지며, 훈련 범위 밖에서는 짐작만 할 뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="263" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="288" />
        <source>Iteration {0}: loss = {1}</source>
        <translation>반복 {0}: 손실 = {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="291" />
        <source>Training diverged (the loss is not finite): lower the learning rate and reset.</source>
        <translation>학습이 발산했습니다(손실이 유한하지 않음). 학습률을 낮추고 초기화하세요.</translation>
    </message>
</context>
<context>
    <name>DecisionPlot</name>
    <message>
        <location filename="../../playground/gui/gates/plane_plot.py" line="247" />
        <source>Drag to move the decision line; the weights and bias follow.</source>
        <translation>끌어서 결정 경계선을 옮기면 가중치와 편향이 따라 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/plane_plot.py" line="111" />
        <source>The four inputs coloured by the expected output (orange 1, blue 0). Shading shows where the network outputs 1. Drag a line's round handles to turn or move it.</source>
        <translation>네 입력을 기대 출력에 따라 색으로 나타냅니다(주황 1, 파랑 0). 음영은 신경망이 1을 출력하는 영역입니다. 직선의 둥근 손잡이를 끌면 직선을 돌리거나 옮길 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>DescentPage</name>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="86" />
        <source>Round bowl</source>
        <translation>둥근 그릇</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="86" />
        <source>Elongated bowl</source>
        <translation>길쭉한 그릇</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="87" />
        <source>Rosenbrock valley</source>
        <translation>로젠브록 골짜기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="87" />
        <source>Saddle</source>
        <translation>안장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="89" />
        <source>Deep Learning from Scratch ch. 4: every arrow points straight at the minimum (0, 0).</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 4장: 모든 화살표가 최솟값 (0, 0)을 곧장 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="91" />
        <source>Deep Learning from Scratch ch. 6: steep across, flat along. Plain gradient descent zig-zags; the arrows do not point at the minimum.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 6장: 골짜기를 가로지르는 방향은 가파르고 따라가는 방향은 평평합니다. 기본 경사 하강법은 지그재그로 움직이며, 화살표가 최솟값을 가리키지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="93" />
        <source>A narrow curved valley with its minimum at (1, 1): easy to fall into, slow to follow. Plain descent needs thousands of steps along the floor.</source>
        <translation>최솟값이 (1, 1)에 있는 좁고 굽은 골짜기: 빠지기는 쉽지만 따라가기는 느립니다. 기본 경사 하강법은 골짜기 바닥을 따라 수천 단계가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="95" />
        <source>No minimum: downhill along x0 to the saddle point (0, 0), then away along x1 for ever.</source>
        <translation>최솟값이 없습니다. x0 방향으로 안장점 (0, 0)까지 내려간 뒤, x1 방향으로 끝없이 멀어집니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="98" />
        <source>f(x0, x1), arrows point downhill (−gradient)</source>
        <translation>f(x0, x1), 화살표는 내리막 방향(−기울기)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="99" />
        <source>Click to start the descent from that point. Arrow length grows with the gradient's size (cube-root scale).</source>
        <translation>클릭한 점에서 하강을 시작합니다. 화살표는 기울기가 클수록 길어집니다(세제곱근 척도).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="104" />
        <source>Move the mouse over the plot to read f.</source>
        <translation>그래프 위로 마우스를 옮기면 f 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="111" />
        <source>The function to walk down.</source>
        <translation>따라 내려갈 함수입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="115" />
        <source>Animate the walk</source>
        <translation>이동 과정 애니메이션</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="117" />
        <source>Draw the path step by step instead of all at once.</source>
        <translation>경로를 한꺼번에 그리지 않고 한 단계씩 그립니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="121" />
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="122" />
        <source>Optimizer race</source>
        <translation>옵티마이저 경주</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="123" />
        <source>One walker: x ← x − η ∇f(x).</source>
        <translation>점 하나가 이동합니다: x ← x − η ∇f(x).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="124" />
        <source>SGD, Momentum, AdaGrad, RMSprop and Adam from the same start.</source>
        <translation>SGD, Momentum, AdaGrad, RMSprop, Adam이 같은 지점에서 출발합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="128" />
        <source>Surface:</source>
        <translation>곡면:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="151" />
        <source>Learning rate η: how far each step goes along the negative gradient. Arrows double or halve it.</source>
        <translation>학습률 η: 각 단계에서 기울기의 반대 방향으로 얼마나 멀리 가는지. 위아래 화살표는 값을 두 배로 늘리거나 절반으로 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="153" />
        <source>How many steps to take.</source>
        <translation>진행할 단계 수입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="154" />
        <source>Good rate</source>
        <translation>적당한 학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="155" />
        <source>Use a rate that works well on this surface.</source>
        <translation>이 곡면에서 잘 통하는 학습률을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="157" />
        <source>Too large (10)</source>
        <translation>너무 큼 (10)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="158" />
        <source>The book's example of a rate that is too large: the steps overshoot.</source>
        <translation>책에 나오는 너무 큰 학습률의 예: 한 걸음이 최솟값을 지나쳐 버립니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="160" />
        <source>Too small (1e-10)</source>
        <translation>너무 작음 (1e-10)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="161" />
        <source>The book's example of a rate that is too small: nothing moves.</source>
        <translation>책에 나오는 너무 작은 학습률의 예: 거의 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="169" />
        <source>Learning rate η:</source>
        <translation>학습률 η:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="170" />
        <location filename="../../playground/gui/concepts/descent_page.py" line="206" />
        <source>Steps:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="182" />
        <source>How many steps every optimizer takes.</source>
        <translation>각 옵티마이저가 진행할 단계 수입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="184" />
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="184" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="184" />
        <source>final f</source>
        <translation>최종 f</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="185" />
        <source>Each optimizer's rate and the value of f where it ended.</source>
        <translation>각 옵티마이저의 학습률과 도착 지점의 f 값.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="193" />
        <source>Learning rate of {0}.</source>
        <translation>{0}의 학습률.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="199" />
        <source>Book's rates</source>
        <translation>책의 학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="200" />
        <source>Deep Learning from Scratch fig. 6-8: SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 (RMSprop 0.1).</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 그림 6-8: SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 (RMSprop 0.1).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="262" />
        <source>Start: ({0}, {1}); f = {2}. Click the plot to move it.</source>
        <translation>출발점: ({0}, {1}), f = {2}. 그래프를 클릭하면 출발점을 옮깁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="271" />
        <source>Racing…</source>
        <translation>경주 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="275" />
        <source>Walking…</source>
        <translation>이동 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="309" />
        <source>Diverged after {0} steps: the values grew past {1}, so the walk was stopped. Each step overshoots the valley and lands higher up the other side: the learning rate is too large for this surface.</source>
        <translation>{0}단계 후 발산했습니다. 값이 {1}을(를) 넘어서 이동을 멈췄습니다. 매 단계가 골짜기를 지나쳐 반대편의 더 높은 곳에 떨어집니다. 이 곡면에는 학습률이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="314" />
        <source>After {0} steps: x = ({1}, {2}), f = {3} (it started at {4}). Distance travelled: {5}.</source>
        <translation>{0}단계 후: x = ({1}, {2}), f = {3} (시작 값 {4}). 이동 거리: {5}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="320" />
        <source>Crawling: with so small a rate every step is tiny and f has hardly changed. Raise the rate or take more steps.</source>
        <translation>기어가는 중: 학습률이 너무 작아 한 걸음이 아주 작고 f가 거의 변하지 않았습니다. 학습률을 높이거나 단계 수를 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="328" />
        <source>diverged after {0} steps</source>
        <translation>{0}단계 후 발산</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="336" />
        <source>Every optimizer diverged: lower the rates.</source>
        <translation>모든 옵티마이저가 발산했습니다. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="339" />
        <source>Lowest f after {0} steps: {1} ({2}).</source>
        <translation>{0}단계 후 가장 낮은 f: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/descent_page.py" line="347" />
        <source>x0 = {0}, x1 = {1}: f = {2}</source>
        <translation>x0 = {0}, x1 = {1}: f = {2}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="37" />
        <source>weight layer</source>
        <translation>가중치 층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="37" />
        <source>gradient strength (RMS per weight)</source>
        <translation>기울기 세기 (가중치당 RMS)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="40" />
        <source>hidden activation layer</source>
        <translation>은닉 활성화 층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="40" />
        <source>inactive units (%)</source>
        <translation>비활성 유닛 (%)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="44" />
        <source>weight value</source>
        <translation>가중치 값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="44" />
        <source>weights</source>
        <translation>가중치 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="46" />
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="48" />
        <source>at initialisation</source>
        <translation>초기화 시점</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="50" />
        <source>Weight layer whose histogram is shown</source>
        <translation>히스토그램을 보여 줄 가중치 층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="53" />
        <source>Hints</source>
        <translation>도움말</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="64" />
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="81" />
        <source>Diagnostics appear a few seconds into a run.</source>
        <translation>진단 정보는 훈련을 시작하고 몇 초 뒤에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="133" />
        <source>{0}: mean {1:+.4f}, spread {2:.4f} (at initialisation {3:+.4f}, {4:.4f})</source>
        <translation>{0}: 평균 {1:+.4f}, 표준편차 {2:.4f} (초기화 시점 {3:+.4f}, {4:.4f})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="142" />
        <source>No hint: nothing in this run's curves or diagnostics looks wrong so far.</source>
        <translation>도움말 없음: 지금까지 이 훈련의 곡선과 진단 정보에 이상한 점이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="145" />
        <source>Apply to next run</source>
        <translation>다음 훈련에 적용</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="146" />
        <source>Put these settings in the training form: {0}</source>
        <translation>이 설정을 훈련 양식에 넣습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="163" />
        <source>The loss became infinite at learning rate {0:g}: the steps overshoot. Try a rate ten times smaller.</source>
        <translation>학습률 {0:g}에서 손실이 무한대가 되었습니다. 한 걸음이 너무 커서 최솟값을 지나칩니다. 학습률을 10분의 1로 줄여 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="166" />
        <source>After {0} epochs the accuracy is only {1:.0%}: the network is not learning. Try a smaller learning rate and He initialisation.</source>
        <translation>{0} 에폭이 지났는데도 정확도가 {1:.0%}뿐입니다. 신경망이 배우지 못하고 있습니다. 더 작은 학습률과 He 초기화를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="169" />
        <source>The validation loss has risen for {0} epochs in a row: the network memorises the training images. Try dropout, weight decay, data augmentation and early stopping.</source>
        <translation>검증 손실이 {0}에포크 연속으로 올랐습니다. 신경망이 훈련 이미지를 외우고 있습니다(과대적합). 드롭아웃, 가중치 감쇠, 데이터 확장, 조기 종료를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="173" />
        <source>Training accuracy is {0:.1f} points above validation accuracy: the network memorises the training images. Try dropout, weight decay, data augmentation and early stopping.</source>
        <translation>훈련 정확도가 검증 정확도보다 {0:.1f}%p 높습니다. 신경망이 훈련 이미지를 외우고 있습니다(과대적합). 드롭아웃, 가중치 감쇠, 데이터 확장, 조기 종료를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="177" />
        <source>{0:.0%} of the units of layer {1} pass no signal (dead or saturated). Try He initialisation, a smaller learning rate or a leaky ReLU.</source>
        <translation>층 {1}의 유닛 중 {0:.0%}가 신호를 전달하지 않습니다(죽었거나 포화됨). He 초기화, 더 작은 학습률 또는 Leaky ReLU를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="180" />
        <source>Momentum {0:g} with learning rate {1:g} takes very long steps. Try momentum 0.9 and a smaller rate.</source>
        <translation>모멘텀 {0:g}과 학습률 {1:g}의 조합은 걸음이 매우 큽니다. 모멘텀 0.9와 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/diagnostics_view.py" line="182" />
        <source>Batches of {0} images give very noisy gradients and slow epochs. Try a batch of 32.</source>
        <translation>이미지 {0}장짜리 배치는 기울기에 잡음이 많고 에폭이 느립니다. 배치 크기 32를 써 보세요.</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <location filename="../../playground/gui/draw/digit_view.py" line="38" />
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/digit_view.py" line="39" />
        <source>row</source>
        <translation>행</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="150" />
        <source>Clear</source>
        <extracomment>Coalescing delay between a stroke segment and the reading it triggers. Pictures are reduced to this long side when opened: plenty for a digit, quick to prepare.</extracomment>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="152" />
        <source>Wipe the pad clean</source>
        <translation>패드를 깨끗이 지웁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="153" />
        <source>Undo stroke</source>
        <translation>획 되돌리기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="154" />
        <source>Take back the last stroke</source>
        <translation>마지막 획을 취소합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="155" />
        <source>Open picture…</source>
        <translation>그림 열기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="156" />
        <source>Read a digit from a picture file (PNG, JPEG, BMP…), drawn or photographed</source>
        <translation>손으로 그렸거나 사진으로 찍은 그림 파일(PNG, JPEG, BMP…)에서 숫자를 읽습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="158" />
        <location filename="../../playground/gui/draw/panel.py" line="565" />
        <source>Random test digit</source>
        <translation>무작위 시험 숫자</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="159" />
        <source>Put a random image from the model's test set on the pad</source>
        <translation>모델의 시험 데이터에서 무작위로 고른 이미지를 패드에 놓습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="161" />
        <source>Save drawing…</source>
        <translation>그림 저장…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="162" />
        <source>Save the pad as a PNG picture, exactly as the network reads it</source>
        <translation>패드를 신경망이 읽는 그대로 PNG 그림으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="172" />
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="173" />
        <source>Pen width in percent of the pad's side</source>
        <translation>패드 한 변에 대한 백분율로 나타낸 펜 굵기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="190" />
        <source>Naive input</source>
        <translation>단순 입력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="191" />
        <source>The whole pad shrunk to 28 x 28 without cropping or centring</source>
        <translation>자르거나 가운데 정렬하지 않고 패드 전체를 28 x 28로 줄인 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="195" />
        <source>Compare with the naive input</source>
        <translation>단순 입력과 비교</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="196" />
        <source>Also show what the network reads when the whole pad is simply shrunk to 28 x 28</source>
        <translation>패드 전체를 28 x 28로 그냥 줄였을 때 신경망이 읽는 결과도 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="198" />
        <source>Normalise stroke width</source>
        <translation>획 굵기 맞추기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="200" />
        <source>Redraw the strokes as thick as MNIST's before shrinking; thin pen lines are read much better</source>
        <translation>줄이기 전에 획을 MNIST 숫자만큼 굵게 다시 그립니다. 가는 펜 선이 훨씬 잘 읽힙니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="202" />
        <source>Show saliency for</source>
        <translation>세일리언시 맵 표시:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="203" />
        <source>Colour the pixels that push the network towards (red) or away from (blue) a class</source>
        <translation>신경망을 어떤 클래스 쪽으로 미는 픽셀(빨강)과 그 클래스에서 멀어지게 하는 픽셀(파랑)에 색을 칠합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="206" />
        <source>The class whose evidence the saliency map shows</source>
        <translation>세일리언시 맵이 근거를 보여 줄 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="207" />
        <source>red: pushes towards the class; blue: pushes away</source>
        <translation>빨강: 클래스 쪽으로 밂, 파랑: 멀어지게 함</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="215" />
        <source>What the network sees</source>
        <translation>신경망이 보는 것</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="240" />
        <source>The network's probability for every class; the thin red bars are its reading of the naive input</source>
        <translation>클래스별로 신경망이 매긴 확률. 가는 빨간 막대는 단순 입력을 읽은 결과입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="242" />
        <source>Not sure below (%)</source>
        <translation>불확실 기준 (%)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="243" />
        <source>Say "not sure" when the most likely class has less than this probability</source>
        <translation>가장 가능성 높은 클래스의 확률이 이 값보다 낮으면 "확실하지 않음"이라고 표시합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="247" />
        <source>Time to prepare the input and run the network once</source>
        <translation>입력을 준비하고 신경망을 한 번 실행하는 데 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="249" />
        <source>The network reads</source>
        <translation>신경망이 읽은 결과</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="259" />
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="335" />
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="336" />
        <source>Picture {0}</source>
        <translation>그림 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="359" />
        <source>Held-out image {0}, labelled {1}</source>
        <translation>검증용으로 떼어 둔 이미지 {0}, 레이블 {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="360" />
        <source>{0} test image {1}, labelled {2}</source>
        <translation>{0} 시험 이미지 {1}, 레이블 {2}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="374" />
        <source>Loading the {0} test set…</source>
        <translation>{0} 시험 데이터를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="469" />
        <source>prepared in {0:.1f} ms</source>
        <translation>준비 {0:.1f} ms</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="485" />
        <source>Choose a model above to read the digit</source>
        <translation>숫자를 읽으려면 위에서 모델을 고르세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="651" />
        <source>Kept as a {0}. Draw the next one.</source>
        <translation>{0}(으)로 보관했습니다. 다음 숫자를 그려 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="670" />
        <source>Some of your kept drawings could not be read:</source>
        <translation>보관한 그림 중 일부를 읽을 수 없었습니다:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="701" />
        <source>Choose a model above first.</source>
        <translation>먼저 위에서 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="706" />
        <location filename="../../playground/gui/draw/panel.py" line="731" />
        <source>Could not adapt: {0}</source>
        <translation>적응시키지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="717" />
        <source>Adapting cancelled; nothing was changed.</source>
        <translation>적응을 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="471" />
        <source>prepared in {0:.1f} ms, read in {1:.1f} ms</source>
        <translation>준비 {0:.1f} ms, 읽기 {1:.1f} ms</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="494" />
        <source>not sure</source>
        <translation>확실하지 않음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="495" />
        <source>maybe {0} ({1:.0f} %)</source>
        <translation>아마도 {0} ({1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="498" />
        <source>{0:.1f} % sure</source>
        <translation>확신도 {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="503" />
        <source>reads {0} ({1:.0f} %)</source>
        <translation>{0}(으)로 읽음 ({1:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="463" />
        <source>No saliency map for this model: {0}</source>
        <translation>이 모델로는 세일리언시 맵을 만들 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="539" />
        <source>the predicted class</source>
        <translation>예측한 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="565" />
        <source>Random test image</source>
        <translation>무작위 시험 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="570" />
        <source>Trained on Fashion-MNIST: it names garments, whatever you draw.</source>
        <translation>Fashion-MNIST로 학습한 모델입니다. 무엇을 그리든 옷 이름으로 답합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="572" />
        <source>It reads your own classes: to teach it more, add examples on the Your classes page and train again.</source>
        <translation>내 클래스를 읽는 모델입니다. 더 가르치려면 '내 클래스' 페이지에서 예시를 더하고 다시 훈련하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="580" />
        <source>Open a picture of a digit</source>
        <translation>숫자 그림 열기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="581" />
        <source>Pictures ({0});;All files (*)</source>
        <translation>그림 ({0});;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="586" />
        <source>Save the drawing</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="587" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="589" />
        <source>Could not save {0}</source>
        <translation>{0}을(를) 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="592" />
        <source>Open a model file</source>
        <translation>모델 파일 열기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/panel.py" line="593" />
        <source>Model files (*.npz);;All files (*)</source>
        <translation>모델 파일 (*.npz);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>DrawingsBrowser</name>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="38" />
        <source>Your drawings</source>
        <translation>내 그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="44" />
        <source>The label to give the selected drawings</source>
        <translation>선택한 그림에 붙일 레이블</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="45" />
        <source>Relabel</source>
        <translation>레이블 바꾸기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="46" />
        <source>Give the selected drawings the chosen label</source>
        <translation>선택한 그림에 고른 레이블을 붙입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="47" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="48" />
        <source>Delete the selected drawings from this computer</source>
        <translation>선택한 그림을 이 컴퓨터에서 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="49" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="52" />
        <source>Label:</source>
        <translation>레이블:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="74" />
        <source>Labelled {0}, drawn {1}</source>
        <translation>레이블 {0}, {1}에 그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/drawings_browser.py" line="77" />
        <source>Drawings: {0} ({1})</source>
        <translation>그림 {0}개 ({1})</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="52" />
        <source>Which images were used and how long it took</source>
        <extracomment>Test images between two looks at the cancel flag: 0.04 s of the deep CNN on one idle core, so a new model or closing the window is not kept waiting by a busy machine.</extracomment>
        <translation>사용한 이미지와 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="53" />
        <source>Test images classified so far</source>
        <translation>지금까지 분류한 시험 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="54" />
        <source>Evaluate again</source>
        <translation>다시 평가</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="55" />
        <source>Classify the whole test set again with the current model</source>
        <translation>현재 모델로 시험 데이터 전체를 다시 분류합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="62" />
        <source>Rows: true class, columns: predicted class. Each cell holds the count and the share of its row. Click a cell to see its images</source>
        <translation>행: 실제 클래스, 열: 예측 클래스. 칸마다 개수와 그 행에서 차지하는 비율이 있습니다. 칸을 클릭하면 해당 이미지를 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="66" />
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="66" />
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="79" />
        <source>Share of each class's test images classified correctly</source>
        <translation>클래스별로 올바르게 분류한 시험 이미지의 비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="81" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="81" />
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="89" />
        <source>Most confident mistakes</source>
        <translation>가장 확신한 오답</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="90" />
        <source>Show the wrong answers the network was surest of</source>
        <translation>신경망이 가장 확신했던 오답을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="96" />
        <source>Test images with the network's three most likely classes</source>
        <translation>시험 이미지와, 신경망이 가장 가능성 높다고 본 클래스 세 개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="127" />
        <source>Classifying the test set…</source>
        <translation>시험 데이터를 분류하는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="115" />
        <source>Cannot evaluate the model: {0}</source>
        <translation>모델을 평가할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="134" />
        <source>{0}: {1:,} validation images held out by its training run, accuracy {2:.2%} ({3:.2f} s)</source>
        <translation>{0}: 훈련 때 따로 떼어 둔 검증 이미지 {1:,}장, 정확도 {2:.2%} ({3:.2f} s)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="136" />
        <source>{0} test set: {1:,} images, accuracy {2:.2%} ({3:.2f} s)</source>
        <translation>{0} 시험 데이터: 이미지 {1:,}장, 정확도 {2:.2%} ({3:.2f} s)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="178" />
        <source>Per-class accuracy (overall {0:.2%})</source>
        <translation>클래스별 정확도 (전체 {0:.2%})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="188" />
        <source>True {0}, predicted {1}: showing {2} of {3}</source>
        <translation>실제 {0}, 예측 {1}: {3}개 중 {2}개 표시</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/evaluation_view.py" line="197" />
        <source>Most confident mistakes: showing {0} of {1}</source>
        <translation>가장 확신한 오답: {1}개 중 {0}개 표시</translation>
    </message>
</context>
<context>
    <name>ExamplesBrowser</name>
    <message>
        <location filename="../../playground/gui/classes/examples.py" line="34" />
        <source>The class to give the selected drawings</source>
        <translation>선택한 그림에 줄 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/examples.py" line="35" />
        <source>Move to class</source>
        <translation>클래스 옮기기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/examples.py" line="36" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/examples.py" line="37" />
        <source>Delete the selected drawings from this computer</source>
        <translation>선택한 그림을 이 컴퓨터에서 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/examples.py" line="39" />
        <source>Selected:</source>
        <translation>선택한 것:</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="34" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="35" />
        <source>Save this plot as a PNG picture</source>
        <translation>이 그래프를 PNG 그림으로 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="36" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="37" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="38" />
        <source>Save the numbers behind this plot as a CSV table</source>
        <translation>이 그래프의 바탕이 되는 수치를 CSV 표로 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="39" />
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="53" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="62" />
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/file_export.py" line="63" />
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../playground/gui/weights/gallery.py" line="50" />
        <location filename="../../playground/gui/weights/gallery.py" line="62" />
        <source>label {0}</source>
        <translation>레이블 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/gallery.py" line="53" />
        <source>Test image {0}, labelled {1}. The network says: {2}</source>
        <translation>시험 이미지 {0}, 레이블 {1}. 신경망의 답: {2}</translation>
    </message>
</context>
<context>
    <name>GatesPanel</name>
    <message>
        <location filename="../../playground/gui/gates/panel.py" line="27" />
        <source>A perceptron adds up its weighted inputs and fires (outputs 1) when the sum plus its bias is above 0. Find weights that make it behave like a logic gate, or let the learning rule find them.</source>
        <translation>퍼셉트론은 가중치를 곱한 입력을 더하고, 그 합에 편향을 더한 값이 0보다 크면 활성화됩니다(1을 출력). 퍼셉트론이 논리 게이트처럼 동작하는 가중치를 직접 찾거나, 학습 규칙이 찾게 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/panel.py" line="36" />
        <source>Outputs 1 only when both inputs are 1</source>
        <translation>두 입력이 모두 1일 때만 1을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/panel.py" line="37" />
        <source>Outputs 1 when at least one input is 1</source>
        <translation>입력 중 하나 이상이 1이면 1을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/panel.py" line="39" />
        <source>NOT AND: outputs 0 only when both inputs are 1</source>
        <translation>NOT AND: 두 입력이 모두 1일 때만 0을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/panel.py" line="40" />
        <source>Outputs 1 when exactly one input is 1: the gate a single perceptron cannot learn</source>
        <translation>입력 중 정확히 하나만 1일 때 1을 출력합니다. 퍼셉트론 하나로는 학습할 수 없는 게이트입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/panel.py" line="50" />
        <source>Choose a gate</source>
        <translation>게이트를 고르세요</translation>
    </message>
</context>
<context>
    <name>GradientCheckPage</name>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="23" />
        <source>Break the sigmoid's backward pass (forget the factor 1 − y)</source>
        <translation>시그모이드의 역전파 망가뜨리기 (인수 1 − y 빠뜨리기)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="24" />
        <source>Swap in a sigmoid whose backward returns dout · y instead of dout · y · (1 − y); its forward pass stays correct.</source>
        <translation>역전파에서 dout · y · (1 − y) 대신 dout · y를 돌려주는 시그모이드로 바꿉니다. 순전파는 그대로 올바릅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="26" />
        <source>Seed for the network's weights and the tiny batch.</source>
        <translation>신경망 가중치와 작은 배치를 만들 시드.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="27" />
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="40" />
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="27" />
        <source>shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="27" />
        <source>‖backprop‖</source>
        <translation>‖역전파‖</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="28" />
        <source>max |backprop − numerical|</source>
        <translation>max |역전파 − 수치 미분|</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="28" />
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="29" />
        <source>Per parameter array: the size of the backprop gradient and the largest difference from the numerical one.</source>
        <translation>매개변수 배열마다: 오차역전파로 구한 기울기의 크기와, 수치 미분으로 구한 기울기와의 최대 차이.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="40" />
        <source>Largest difference per parameter (log scale)</source>
        <translation>매개변수별 최대 차이 (로그 척도)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="41" />
        <source>log₁₀ max |difference|</source>
        <translation>log₁₀ max |차이|</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="45" />
        <source>tolerance</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="53" />
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="57" />
        <source>Backpropagation computes every gradient in one backward pass; a numerical gradient nudges each weight by ±h = 10&lt;sup&gt;−5&lt;/sup&gt; and measures how the loss changes, (L(w+h) − L(w−h)) / 2h. The second is slow but hard to get wrong, so the book uses it to check the first. Network: 4 inputs → 5 sigmoid units → 3 classes, softmax with cross-entropy, float64, on a batch of {0} random examples. A check passes when the largest difference is at most {1}.</source>
        <translation>오차역전파는 역방향으로 한 번 진행해 모든 기울기를 계산합니다. 수치 미분은 가중치를 하나씩 ±h = 10&lt;sup&gt;−5&lt;/sup&gt;만큼 움직여 손실이 얼마나 변하는지 (L(w+h) − L(w−h)) / 2h로 잽니다. 수치 미분은 느리지만 틀리기 어려워서, 책은 이것으로 오차역전파를 검증합니다. 신경망: 입력 4개 → 시그모이드 뉴런 5개 → 클래스 3개, 소프트맥스와 교차 엔트로피 오차, float64, 무작위 예 {0}개로 된 배치. 최대 차이가 {1} 이하이면 통과입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="65" />
        <source>The sigmoid's backward pass, y being its output:&lt;pre&gt;  correct:  dx = dout * y * (1 - y)
  broken:   dx = dout * y&lt;/pre&gt;The forward pass is untouched, so predictions look normal: only a gradient check shows the mistake.</source>
        <translation>시그모이드의 역전파 (y는 시그모이드의 출력):&lt;pre&gt;  올바름:  dx = dout * y * (1 - y)
  망가짐:  dx = dout * y&lt;/pre&gt;순전파는 그대로라서 예측은 정상으로 보입니다. 기울기 확인만이 실수를 드러냅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="82" />
        <source>pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="82" />
        <source>FAIL</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="100" />
        <source>Gradient check passed: backprop and the numerical gradient agree for every parameter.</source>
        <translation>기울기 확인 통과: 모든 매개변수에서 오차역전파와 수치 미분의 기울기가 일치합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="103" />
        <source>Gradient check FAILED for {0}.</source>
        <translation>기울기 확인 실패: {0}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/gradient_check_page.py" line="105" />
        <source>Backprop runs from the output backwards and {0} are still right, so the error enters in a backward pass between those and {1}.</source>
        <translation>오차역전파는 출력에서 거꾸로 진행하는데 {0}은(는) 아직 맞으므로, 오류는 그 매개변수와 {1} 사이의 역전파 단계에서 생깁니다.</translation>
    </message>
</context>
<context>
    <name>HiddenSpace</name>
    <message>
        <location filename="../../playground/gui/playground/hidden_space.py" line="40" />
        <source>Last hidden layer, neurons</source>
        <translation>마지막 은닉층의 뉴런</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/hidden_space.py" line="49" />
        <source>first neuron's output</source>
        <translation>첫 번째 뉴런의 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/hidden_space.py" line="50" />
        <source>second neuron's output</source>
        <translation>두 번째 뉴런의 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/hidden_space.py" line="79" />
        <source>Add a hidden layer to see the plane as the network sees it.</source>
        <translation>은닉층을 추가하면 신경망이 보는 평면을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/hidden_space.py" line="91" />
        <source>Grey lines: the plane's grid after the hidden layers.</source>
        <translation>회색 선: 은닉층을 지난 뒤의 평면 격자.</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="34" />
        <location filename="../../playground/gui/weights/hidden_units.py" line="51" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="35" />
        <source>One tile per hidden unit: red pixels excite it, blue ones inhibit it. Click a tile for details; scroll to zoom</source>
        <translation>은닉 뉴런마다 타일 하나: 빨간 픽셀은 뉴런을 흥분시키고 파란 픽셀은 억제합니다. 타일을 클릭하면 자세히 보이고, 스크롤하면 확대/축소합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="40" />
        <source>The selected unit's weights and where its output goes</source>
        <translation>선택한 뉴런의 가중치와 그 출력이 가는 곳</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="51" />
        <source>receiving unit</source>
        <translation>받는 뉴런</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="74" />
        <location filename="../../playground/gui/weights/hidden_units.py" line="84" />
        <source>No weights to show yet.</source>
        <translation>아직 표시할 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="89" />
        <source>This network's first layer does not read the 28x28 image through a dense layer, so its units have no picture of their own. A convolutional network's first layer is shown on the Conv filters tab.</source>
        <translation>이 신경망의 첫 번째 층은 28x28 이미지를 완전연결 계층으로 읽지 않으므로 뉴런마다 그림이 없습니다. 합성곱 신경망의 첫 번째 층은 합성곱 필터 탭에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="96" />
        <source>{0}: {1} hidden units, one 28x28 tile each</source>
        <translation>{0}: 은닉 뉴런 {1}개, 뉴런마다 28x28 타일 하나</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="120" />
        <source>Hidden unit {0} (units 0 to {1})</source>
        <translation>은닉 뉴런 {0} (뉴런 0 ~ {1})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="124" />
        <source>No bias (this layer has none, as in Rashid's network).</source>
        <translation>편향 없음 (Rashid의 신경망처럼 이 층에는 편향이 없습니다).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="126" />
        <source>Bias: {0:+.4f} (batch normalisation follows and cancels it).</source>
        <translation>편향: {0:+.4f} (뒤따르는 배치 정규화가 이를 상쇄합니다).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="129" />
        <source>Bias: {0:+.4f}</source>
        <translation>편향: {0:+.4f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="131" />
        <source>Weights from {0:+.3f} to {1:+.3f}; colour scale ±{2:.3f}.</source>
        <translation>가중치 범위 {0:+.3f} ~ {1:+.3f}, 색 척도 ±{2:.3f}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="136" />
        <source>No dense layer reads this unit directly.</source>
        <translation>이 뉴런을 직접 읽는 완전연결 계층이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="147" />
        <source>Feeds most strongly: {0}.</source>
        <translation>가장 강하게 전달하는 곳: {0}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="151" />
        <source>Outgoing weights ({0})</source>
        <translation>나가는 가중치 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="152" />
        <source>Strongest outgoing weights ({0})</source>
        <translation>나가는 가중치 상위 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="153" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/hidden_units.py" line="154" />
        <source>unit of the next layer</source>
        <translation>다음 층의 뉴런</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="27" />
        <source>Test image:</source>
        <translation>테스트 이미지:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="29" />
        <source>Drag through the test images</source>
        <translation>끌어서 테스트 이미지를 훑어봅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="31" />
        <source>The test image's number</source>
        <translation>테스트 이미지의 번호</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="33" />
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="34" />
        <source>Pick a test image at random</source>
        <translation>테스트 이미지를 무작위로 고릅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="35" />
        <source>Next mistake</source>
        <translation>다음 오답</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="36" />
        <source>The next test image the unedited network gets wrong</source>
        <translation>편집하지 않은 신경망이 틀리는 다음 테스트 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="37" />
        <source>Drawing</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/picker.py" line="38" />
        <source>The digit drawn on the Draw page</source>
        <translation>그리기 페이지에 그린 숫자</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="72" />
        <source>The image explained and the network's answer</source>
        <translation>설명 중인 이미지와 신경망의 답</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="85" />
        <source>Arithmetic</source>
        <translation>계산</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="86" />
        <source>Each unit's weighted sum, bias, z and a = f(z) for one image, and the softmax</source>
        <translation>이미지 한 장에 대한 각 유닛의 가중합, 편향, z, a = f(z), 그리고 소프트맥스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="87" />
        <source>Neuron lab</source>
        <translation>뉴런 실험실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="88" />
        <source>Edit a copy of the network and measure the damage on the test set</source>
        <translation>신경망의 사본을 편집하고 테스트 세트에서 그 손상을 측정합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="89" />
        <source>Convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="90" />
        <source>The sliding filter, ReLU, max-pool and im2col, step by step</source>
        <translation>움직이는 필터, ReLU, 최대 풀링, im2col을 한 단계씩</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="108" />
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="126" />
        <source>No model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="127" />
        <source>The Inside page shows the arithmetic of the current model. Train one on the Train page or open a model file with File ▸ Open model….</source>
        <translation>내부 페이지는 현재 모델의 계산을 보여 줍니다. 훈련 페이지에서 모델을 훈련하거나 파일 ▸ 모델 열기…로 모델 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="133" />
        <source>Model: {0}</source>
        <translation>모델: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="135" />
        <source>convolution {0} (layer {1})</source>
        <translation>합성곱 {0} (층 {1})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="143" />
        <source>Loading the test set and measuring the network on it…</source>
        <translation>테스트 세트를 불러와 신경망을 측정하는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="159" />
        <source>The neuron lab measures every edit on test images, so it needs them; the Arithmetic and Convolution tabs explain the drawing on the Draw page.</source>
        <translation>뉴런 실험실은 모든 편집을 시험 이미지로 측정하므로 시험 이미지가 있어야 합니다. 계산 탭과 합성곱 탭은 그리기 페이지의 그림을 설명합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="164" />
        <source>Draw on the Draw page: its drawing is explained here.</source>
        <translation>그리기 페이지에서 그려 보세요. 그 그림을 여기서 설명합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="229" />
        <source>Measuring…</source>
        <translation>측정하는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="248" />
        <source>Save edited network</source>
        <translation>편집한 신경망 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="254" />
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="291" />
        <source>drawing</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="291" />
        <source>test image {0}, label {1}</source>
        <translation>테스트 이미지 {0}, 정답 {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="293" />
        <source>{0}: the network says {1}</source>
        <translation>{0}: 신경망의 답은 {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="298" />
        <source>Cannot load the test set: {0}</source>
        <translation>테스트 세트를 불러올 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="300" />
        <source>Cannot measure the edit: {0}</source>
        <translation>편집을 측정할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/panel.py" line="302" />
        <source>Cannot read the image: {0}</source>
        <translation>이미지를 읽을 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../playground/gui/common/jobs.py" line="75" />
        <source>Unexpected error: {0}</source>
        <extracomment>Errors raised on purpose with a message a person can act on; anything else is a bug.</extracomment>
        <translation>예기치 않은 오류: {0}</translation>
    </message>
</context>
<context>
    <name>LabTab</name>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="51" />
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="52" />
        <source>Scores are divided by this before the softmax</source>
        <translation>소프트맥스 전에 점수를 이 값으로 나눕니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="53" />
        <source>Weight noise %</source>
        <translation>가중치 잡음 %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="54" />
        <source>Gaussian noise added to every weight, as a share of its layer's standard deviation</source>
        <translation>모든 가중치에 더하는 가우스 잡음 (그 층의 표준편차에 대한 비율)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="58" />
        <source>The noise's random seed: the same seed gives the same noise</source>
        <translation>잡음의 난수 시드: 같은 시드는 같은 잡음을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="59" />
        <source>Prune %</source>
        <translation>가지치기 %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="60" />
        <source>Share of each layer's smallest weights (by size) set to zero</source>
        <translation>각 층에서 크기가 가장 작은 가중치를 0으로 만드는 비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="62" />
        <source>Whole network</source>
        <translation>신경망 전체</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="67" />
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="73" />
        <source>The layer whose units are shown</source>
        <translation>유닛을 보여 줄 층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="76" />
        <source>The layer's units, coloured by their output for this image. Click one to inspect and edit it; crossed units are switched off</source>
        <translation>이 이미지에 대한 출력으로 색칠한 층의 유닛. 클릭하면 살펴보고 편집할 수 있습니다. X 표시는 꺼진 유닛입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="79" />
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="87" />
        <source>The unit's incoming weights</source>
        <translation>유닛으로 들어오는 가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="89" />
        <source>Each input's contribution x_i · w_i to the unit's z for this image</source>
        <translation>이 이미지에서 각 입력이 유닛의 z에 기여하는 값 x_i · w_i</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="91" />
        <source>input unit</source>
        <translation>입력 유닛</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="91" />
        <source>x · w</source>
        <translation>x · w</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="100" />
        <source>Bias shift</source>
        <translation>편향 이동</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="100" />
        <source>Added to the unit's bias</source>
        <translation>유닛의 편향에 더합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="101" />
        <source>Weight scale</source>
        <translation>가중치 배율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="102" />
        <source>The unit's incoming weights are multiplied by this</source>
        <translation>유닛으로 들어오는 가중치에 이 값을 곱합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="104" />
        <source>Switch off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="105" />
        <source>Cut the unit's output from every unit of the next layer</source>
        <translation>유닛의 출력을 다음 층의 모든 유닛에서 끊습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="106" />
        <source>Selected unit</source>
        <translation>선택한 유닛</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="114" />
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="114" />
        <source>Share of the test set classified correctly</source>
        <translation>테스트 세트에서 올바르게 분류한 비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="115" />
        <source>Test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="115" />
        <source>The network's own loss, averaged over the test set</source>
        <translation>테스트 세트 전체에 대해 평균한 신경망 자체의 손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="116" />
        <source>Mean confidence</source>
        <translation>평균 확신도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="117" />
        <source>Average probability of the predicted class</source>
        <translation>예측한 클래스의 평균 확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="118" />
        <source>This image</source>
        <translation>이 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="118" />
        <source>The chosen image's answer and its probability</source>
        <translation>고른 이미지에 대한 답과 그 확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="119" />
        <source>Drawing on the pad</source>
        <translation>패드의 그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="120" />
        <source>The answer for the digit drawn on the Draw page, read again after each edit</source>
        <translation>그리기 페이지에 그린 숫자에 대한 답. 편집할 때마다 다시 읽습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="126" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="127" />
        <source>Undo every edit</source>
        <translation>모든 편집을 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="129" />
        <source>Save edited network…</source>
        <translation>편집한 신경망 저장…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="130" />
        <source>Save the edited copy as a new model file</source>
        <translation>편집한 사본을 새 모델 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="174" />
        <source>{0} ({1}, {2} units)</source>
        <translation>{0} ({1}, 유닛 {2}개)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="257" />
        <source>Unit {0} of {1}: bias b = {2:.4f}, {3} incoming weights</source>
        <translation>{1}의 유닛 {0}: 편향 b = {2:.4f}, 들어오는 가중치 {3}개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="260" />
        <source> (the output of class {0})</source>
        <translation> (클래스 {0}의 출력)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="265" />
        <source>; for this image its map's largest z = {0:.4f}, largest a = {1:.4f}</source>
        <translation>; 이 이미지에서 맵의 최대 z = {0:.4f}, 최대 a = {1:.4f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="268" />
        <source>; for this image z = {0:.4f}, a = {1:.4f}</source>
        <translation>; 이 이미지에서 z = {0:.4f}, a = {1:.4f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="271" />
        <source>. Switched off: this output no longer reaches the next layer</source>
        <translation>. 꺼짐: 이 출력은 더 이상 다음 층에 전달되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="283" />
        <source>Contributions x · w to z (sum {0:.3f})</source>
        <translation>z에 대한 기여 x · w (합 {0:.3f})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="333" />
        <source>{0:,} test images; no weight is edited</source>
        <translation>테스트 이미지 {0:,}장, 편집한 가중치 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/lab_tab.py" line="335" />
        <source>Measured on {0:,} test images in {1:.2f} s, running layers {2} to {3} again</source>
        <translation>테스트 이미지 {0:,}장에서 {1:.2f}초 만에 측정 (층 {2}~{3}을 다시 계산)</translation>
    </message>
</context>
<context>
    <name>LayerMapView</name>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="33" />
        <source>input (the prepared image)</source>
        <translation>입력 (전처리한 이미지)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="34" />
        <source>layer {0}: {1}</source>
        <translation>{0}번째 층: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="50" />
        <source>Where in the network to look: the input, any layer, or the output</source>
        <translation>네트워크의 어디를 볼지: 입력, 각 층, 또는 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="52" />
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="53" />
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="54" />
        <source>PCA: the two directions of largest spread. t-SNE: keeps neighbours together, shows groups that PCA overlaps</source>
        <translation>PCA: 퍼짐이 가장 큰 두 방향. t-SNE: 가까운 점끼리 가깝게 두어, PCA에서 겹치는 무리도 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="58" />
        <source>What the map shows and how long it took</source>
        <translation>지도가 보여 주는 것과 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="60" />
        <source>Map computed so far</source>
        <translation>지금까지 계산한 지도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="63" />
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="65" />
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="72" />
        <source>Each dot is a test image, coloured by its true class; ringed dots were misread. Hover to see the image</source>
        <translation>점 하나가 테스트 이미지 하나이며 실제 클래스별로 색을 칠했습니다. 테두리가 있는 점은 잘못 읽은 이미지입니다. 마우스를 올리면 이미지가 보입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="75" />
        <source>map axis 1</source>
        <translation>지도 축 1</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="75" />
        <source>map axis 2</source>
        <translation>지도 축 2</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="88" />
        <source>Hover over a dot</source>
        <translation>점 위에 마우스를 올려 보세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="143" />
        <source>Computing the map…</source>
        <translation>지도를 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="118" />
        <source>Cannot compute the map: {0}</source>
        <translation>지도를 계산할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="150" />
        <source>{0:,} test images, {1:,} misread (ringed) · {2:.1f} s</source>
        <translation>테스트 이미지 {0:,}개, 잘못 읽은 이미지 {1:,}개(테두리) · {2:.1f}초</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="152" />
        <source>axes explain {0:.0%} and {1:.0%} of the spread</source>
        <translation>두 축이 퍼짐의 {0:.0%}와 {1:.0%}를 설명합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/layer_map_view.py" line="185" />
        <source>true {0} → read {1}</source>
        <translation>실제 {0} → 읽은 값 {1}</translation>
    </message>
</context>
<context>
    <name>LearnControls</name>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="34" />
        <source>Learning rule: w ← w + η (t − y) x</source>
        <translation>학습 규칙: w ← w + η (t − y) x</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="39" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="40" />
        <source>Show the rule one input and update the weights once</source>
        <translation>학습 규칙에 입력 하나를 보여 주고 가중치를 한 번 갱신합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="41" />
        <location filename="../../playground/gui/gates/learn_controls.py" line="132" />
        <source>Learn</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="43" />
        <source>Run the learning rule until it stops making mistakes (press again to pause)</source>
        <translation>틀리는 입력이 없어질 때까지 학습 규칙을 실행합니다(다시 누르면 일시 정지)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="45" />
        <source>Restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="46" />
        <source>Forget the epoch count and start learning afresh from the current weights</source>
        <translation>에폭 수를 지우고 현재 가중치에서 학습을 새로 시작합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="51" />
        <source>How many inputs the rule looks at per second</source>
        <translation>학습 규칙이 1초에 살펴보는 입력 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="56" />
        <source>Learning rate η: how far one mistake moves the weights</source>
        <translation>학습률 η: 한 번 틀릴 때 가중치를 얼마나 움직이는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="59" />
        <source>Epochs run so far and how many inputs were wrong in each</source>
        <translation>지금까지 진행한 에폭과 에폭마다 틀린 입력 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="66" />
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="68" />
        <source>Rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="78" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="78" />
        <source>errors</source>
        <translation>오류 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="83" />
        <source>Wrong answers in each epoch of the learning rule; an epoch with none means the gate is learned</source>
        <translation>학습 규칙의 에폭마다 틀린 답의 수. 틀린 답이 없는 에폭이 나오면 게이트를 학습한 것입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="132" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="151" />
        <source>Press Learn or Step to let the rule find the weights.</source>
        <translation>'학습'이나 '한 단계'를 누르면 학습 규칙이 가중치를 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="155" />
        <source>Epoch {0} · errors per epoch: {1}</source>
        <translation>에폭 {0} · 에폭별 오류 수: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/learn_controls.py" line="157" />
        <source>converged: an epoch without a mistake</source>
        <translation>수렴: 틀린 답이 없는 에폭이 나왔습니다</translation>
    </message>
</context>
<context>
    <name>LinePage</name>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="53" />
        <source>Data and the fitted line</source>
        <translation>데이터와 맞춘 직선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="56" />
        <source>noisy points</source>
        <translation>잡음 섞인 점</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="58" />
        <source>y = {0}x + ({1}), the line without noise</source>
        <translation>y = {0}x + ({1}), 잡음 없는 직선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="60" />
        <source>y = w·x + b</source>
        <translation>y = w·x + b</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="65" />
        <source>Loss ½·mean((w·x + b − y)²) over (w, b)</source>
        <translation>손실 ½·mean((w·x + b − y)²)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="66" />
        <source>Click to start gradient descent from that (w, b).</source>
        <translation>클릭한 (w, b)에서 경사 하강법을 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="70" />
        <source>Learning rate of gradient descent on (w, b).</source>
        <translation>(w, b)에 대한 경사 하강법의 학습률.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="72" />
        <source>How many gradient-descent steps to take.</source>
        <translation>진행할 경사 하강 단계 수.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="73" />
        <source>How many noisy points to fit.</source>
        <translation>맞출 잡음 섞인 점의 개수.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="75" />
        <source>Standard deviation of the noise added to the points.</source>
        <translation>점에 더하는 잡음의 표준편차.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="76" />
        <source>New points</source>
        <translation>새 점</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="77" />
        <source>Draw a fresh set of noisy points (next random seed).</source>
        <translation>잡음 섞인 점을 새로 뽑습니다(다음 난수 시드).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="78" />
        <location filename="../../playground/gui/concepts/regression_page.py" line="168" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="80" />
        <source>Animate the descent step by step.</source>
        <translation>하강 과정을 한 단계씩 애니메이션으로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="82" />
        <source>Scrub through the descent: the line shows (w, b) at this step.</source>
        <translation>하강 과정을 앞뒤로 훑어봅니다. 직선은 이 단계의 (w, b)를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="98" />
        <source>Learning rate η:</source>
        <translation>학습률 η:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="99" />
        <source>Steps:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="100" />
        <source>Points:</source>
        <translation>점 개수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="101" />
        <source>Noise:</source>
        <translation>잡음:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="107" />
        <source>Fit y = w·x + b to the points by gradient descent. Every (w, b) is one point on the loss surface on the right; each step moves downhill, and the line on the left moves with it. The star is the exact least-squares answer.</source>
        <translation>경사 하강법으로 y = w·x + b를 점들에 맞춥니다. 모든 (w, b)는 오른쪽 손실 곡면 위의 한 점입니다. 한 단계마다 내리막으로 움직이고, 왼쪽 직선도 함께 움직입니다. 별은 최소제곱법의 정확한 답입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="159" />
        <source>Step {0}: w = {1}, b = {2}, loss = {3}.</source>
        <translation>단계 {0}: w = {1}, b = {2}, 손실 = {3}.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="163" />
        <source>Diverged after {0} steps: the learning rate is too large.</source>
        <translation>{0}단계 후 발산했습니다. 학습률이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="168" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="182" />
        <location filename="../../playground/gui/train/plots.py" line="190" />
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="182" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="185" />
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="185" />
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="189" />
        <source>Accuracy on a sample of training images (dashed) and on the held-out validation images (solid)</source>
        <translation>훈련 이미지 표본에 대한 정확도(점선)와 따로 떼어 둔 검증 이미지에 대한 정확도(실선)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="190" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="191" />
        <source>The learning rate used for each batch, as set by the schedule</source>
        <translation>스케줄에 따라 배치마다 사용한 학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="184" />
        <source>Loss of every training batch (pale) and its moving average (strong colour)</source>
        <translation>훈련 배치마다의 손실(옅은 색)과 그 이동 평균(진한 색)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="206" />
        <source>How strongly the moving-average loss curve averages over recent batches</source>
        <translation>이동 평균 손실 곡선이 최근 배치를 얼마나 강하게 평균하는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="210" />
        <source>Log scale</source>
        <translation>로그 척도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="211" />
        <source>Show the loss on a logarithmic axis, so late small changes stay visible</source>
        <translation>손실을 로그 축으로 표시해 후반의 작은 변화도 보이게 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="213" />
        <source>Earlier runs</source>
        <translation>이전 실행</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="215" />
        <source>Overlay the curves of the earlier runs of this session</source>
        <translation>이번 세션에서 앞서 실행한 곡선을 겹쳐 표시합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="217" />
        <source>Clear runs</source>
        <translation>실행 기록 지우기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="218" />
        <source>Remove every run's curves from the plots</source>
        <translation>그래프에서 모든 실행의 곡선을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="222" />
        <source>Smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="248" />
        <source>best</source>
        <translation>최고</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="269" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="270" />
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="381" />
        <source>epoch {0:.2f}: train {1:.2f} %</source>
        <translation>에폭 {0:.2f}: 훈련 {1:.2f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="383" />
        <source>, validation {0:.2f} %</source>
        <translation>, 검증 {0:.2f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="390" />
        <source>iteration {0:,.0f}: learning rate {1:.4g}</source>
        <translation>반복 {0:,.0f}: 학습률 {1:.4g}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/plots.py" line="392" />
        <source>iteration {0:,.0f}: loss {1:.4f}, smoothed {2:.4f}</source>
        <translation>반복 {0:,.0f}: 손실 {1:.4f}, 평활값 {2:.4f}</translation>
    </message>
</context>
<context>
    <name>LoadBox</name>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="35" />
        <source>Open a folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="36" />
        <source>A folder with one sub-folder per class (shapes/circle/*.png), or pictures named like my_own_3.png</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더 (shapes/circle/*.png), 또는 my_own_3.png처럼 이름 붙은 그림들의 폴더</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="38" />
        <source>Open a CSV file or an IDX pair…</source>
        <translation>CSV 파일 또는 IDX 파일 쌍 열기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="39" />
        <source>A CSV file (a label column of numbers or names, then 784 pixels) or an IDX images file together with its labels file</source>
        <translation>CSV 파일 (숫자나 이름으로 된 레이블 열, 그다음 784개 픽셀) 또는 IDX 이미지 파일과 그 레이블 파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="41" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="44" />
        <source>Or drop a folder, a CSV file or an IDX pair anywhere on this page.</source>
        <translation>또는 폴더, CSV 파일, IDX 파일 쌍을 이 페이지 아무 곳에나 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="49" />
        <source>Skipped file</source>
        <translation>건너뛴 파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="49" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="70" />
        <source>Folder of your own pictures</source>
        <translation>내 그림이 든 폴더</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="76" />
        <source>A CSV file, or an IDX images file and its labels file</source>
        <translation>CSV 파일, 또는 IDX 이미지 파일과 그 레이블 파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="77" />
        <source>CSV or IDX files (*.csv *-ubyte *-ubyte.gz *.idx *.gz);;All files (*)</source>
        <translation>CSV 또는 IDX 파일 (*.csv *-ubyte *-ubyte.gz *.idx *.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="84" />
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="100" />
        <source>%1: %2 pictures in %3 classes.</source>
        <translation>%1: 클래스 %3개, 그림 %2장.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/classes/loadbox.py" line="103" />
        <source>%1 skipped (listed below).</source>
        <translation>%1개 건너뜀 (아래 목록).</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="26" />
        <source>The correct answer: which of the 10 classes is true.</source>
        <translation>정답: 10개 클래스 중 어느 것이 참인지.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="30" />
        <source>Probability the network gives the true class; the other nine classes share the rest evenly.</source>
        <translation>신경망이 정답 클래스에 매기는 확률. 나머지 아홉 클래스는 남은 확률을 똑같이 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="42" />
        <source>Prediction y (true class in orange)</source>
        <translation>예측 y (정답 클래스는 주황색)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="42" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="43" />
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="51" />
        <source>Loss against the true class's probability</source>
        <translation>정답 클래스의 확률에 따른 손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="52" />
        <source>probability p of the true class</source>
        <translation>정답 클래스의 확률 p</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="52" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="56" />
        <location filename="../../playground/gui/concepts/loss_page.py" line="65" />
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="57" />
        <location filename="../../playground/gui/concepts/loss_page.py" line="66" />
        <source>cross-entropy</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="65" />
        <source>book example (true class 2)</source>
        <translation>책의 예 (정답 클래스 2)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="67" />
        <source>Deep Learning from Scratch ch. 4's worked examples; click a row to show its prediction.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 4장의 예. 행을 클릭하면 그 예측을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="73" />
        <source>0.6 on class 2: confident and right</source>
        <translation>클래스 2에 0.6: 확신하고 맞음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="74" />
        <source>0.6 on class 7: confident and wrong</source>
        <translation>클래스 7에 0.6: 확신하고 틀림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="84" />
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="86" />
        <source>True class:</source>
        <translation>정답 클래스:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="90" />
        <source>p(true class):</source>
        <translation>p(정답 클래스):</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="96" />
        <source>A loss turns “how wrong is this prediction?” into one number that training makes smaller. &lt;b&gt;Mean squared error&lt;/b&gt; is ½ Σ (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²; &lt;b&gt;cross-entropy&lt;/b&gt; is −log y&lt;sub&gt;true&lt;/sub&gt;. Cross-entropy grows without bound as p → 0, so a confident mistake gets a large gradient; the squared error flattens out there. (A tiny 10&lt;sup&gt;−7&lt;/sup&gt; inside the log keeps p = 0 finite.)</source>
        <translation>손실은 “이 예측이 얼마나 틀렸는가?”를 학습이 줄여 나갈 숫자 하나로 바꿉니다. &lt;b&gt;평균 제곱 오차&lt;/b&gt;는 ½ Σ (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)²이고, &lt;b&gt;교차 엔트로피 오차&lt;/b&gt;는 −log y&lt;sub&gt;정답&lt;/sub&gt;입니다. 교차 엔트로피 오차는 p → 0일 때 한없이 커지므로 확신에 찬 실수는 큰 기울기를 받지만, 제곱 오차는 그곳에서 평평해집니다. (log 안에 더한 아주 작은 값 10&lt;sup&gt;−7&lt;/sup&gt; 덕분에 p = 0에서도 유한합니다.)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="123" />
        <source>The other nine classes get {0} each.</source>
        <translation>나머지 아홉 클래스는 각각 {0}입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="133" />
        <source>The book's example {0}. Its squared error may sit off the blue curve: it depends on how the other classes share the rest, while cross-entropy looks only at the true class. Move the slider to go back.</source>
        <translation>책의 예 {0}. 제곱 오차는 파란 곡선에서 벗어날 수 있습니다. 제곱 오차는 나머지 클래스가 남은 확률을 어떻게 나누는지에 따라 달라지지만, 교차 엔트로피 오차는 정답 클래스만 보기 때문입니다. 슬라이더를 움직이면 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="144" />
        <source>Mean squared error: {0}</source>
        <translation>평균 제곱 오차: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/loss_page.py" line="145" />
        <source>Cross-entropy: {0}</source>
        <translation>교차 엔트로피 오차: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../playground/gui/main_window.py" line="39" />
        <source>test accuracy {0:.1f} %</source>
        <translation>시험 정확도 {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="50" />
        <location filename="../../playground/gui/main_window.py" line="291" />
        <source>Neural Network Playground</source>
        <translation>신경망 플레이그라운드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="76" />
        <source>Choose a panel (Ctrl+1 to Ctrl+{0})</source>
        <translation>패널을 고릅니다 (Ctrl+1 ~ Ctrl+{0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="93" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="94" />
        <source>&amp;Open model…</source>
        <translation>모델 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="95" />
        <source>Load a saved model file (.npz) as the current model</source>
        <translation>저장된 모델 파일(.npz)을 현재 모델로 불러옵니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="97" />
        <source>&amp;Save model…</source>
        <translation>모델 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="98" />
        <source>Save the current model to a file</source>
        <translation>현재 모델을 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="100" />
        <source>&amp;Export model…</source>
        <translation>모델 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="101" />
        <source>Write the current model as a PyTorch script or an ONNX graph</source>
        <translation>현재 모델을 PyTorch 스크립트나 ONNX 그래프로 씁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="102" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="103" />
        <source>Close the application</source>
        <translation>프로그램을 닫습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="109" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="119" />
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="121" />
        <source>Use the whole screen for the window</source>
        <translation>창을 화면 전체 크기로 씁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="126" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="127" />
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="128" />
        <source>Version, libraries and data licences</source>
        <translation>버전, 라이브러리, 데이터 라이선스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="144" />
        <source>The current model: name, dataset and test accuracy</source>
        <translation>현재 모델: 이름, 데이터셋, 시험 정확도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="175" />
        <source>Loading {0}…</source>
        <translation>{0} 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="180" />
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="188" />
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="196" />
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="203" />
        <source>Saving {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="209" />
        <source>PyTorch script (*.py)</source>
        <translation>PyTorch 스크립트 (*.py)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="209" />
        <source>ONNX graph (*.onnx)</source>
        <translation>ONNX 그래프 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="211" />
        <source>Export model</source>
        <translation>모델 내보내기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="221" />
        <source>Exporting {0}…</source>
        <translation>{0} 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="230" />
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="234" />
        <source>Saved {0}</source>
        <translation>{0}을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="238" />
        <source>Exported {0}</source>
        <translation>{0} 내보냄</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="246" />
        <source>Cannot open the start model: {0}</source>
        <translation>시작 모델을 열 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="248" />
        <source>Cannot open the model</source>
        <translation>모델을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="248" />
        <source>Cannot save the model</source>
        <translation>모델을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="249" />
        <source>Cannot export the model</source>
        <translation>모델을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="256" />
        <source>No model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="258" />
        <source>Model: {0}</source>
        <translation>모델: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="276" />
        <source>About Neural Network Playground</source>
        <translation>신경망 플레이그라운드 정보</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="292" />
        <source>See and touch what the classic neural-network books describe.</source>
        <translation>신경망 고전 교재가 설명하는 것을 직접 보고 만져 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="293" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="294" />
        <source>MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, licensed under CC BY-SA 3.0.</source>
        <translation>MNIST: Yann LeCun, Corinna Cortes, Christopher J. C. Burges 제작, CC BY-SA 3.0 라이선스.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/main_window.py" line="296" />
        <source>Fashion-MNIST, MIT licence, Copyright (c) 2017 Zalando SE.</source>
        <translation>Fashion-MNIST: MIT 라이선스, Copyright (c) 2017 Zalando SE.</translation>
    </message>
</context>
<context>
    <name>MeasuredView</name>
    <message>
        <location filename="../../playground/gui/weights/base.py" line="142" />
        <location filename="../../playground/gui/weights/base.py" line="179" />
        <source>No model loaded.</source>
        <translation>불러온 모델이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ModelChooser</name>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="36" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="37" />
        <source>{0} ({1}, {2:.1f} % on test)</source>
        <translation>{0} ({1}, 시험 정확도 {2:.1f} %)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="49" />
        <source>Which network reads your drawing: a model shipped with the app, the current model of the app, or a model file</source>
        <translation>그림을 읽을 신경망: 앱에 포함된 모델, 앱의 현재 모델, 또는 모델 파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="54" />
        <location filename="../../playground/gui/draw/model_choice.py" line="104" />
        <source>Current model (none yet)</source>
        <translation>현재 모델 (아직 없음)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="55" />
        <source>Open model file…</source>
        <translation>모델 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="85" />
        <source>{0}, adapted to your writing</source>
        <translation>{0}, 내 글씨에 적응됨</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/model_choice.py" line="106" />
        <source>Current model: {0}</source>
        <translation>현재 모델: {0}</translation>
    </message>
</context>
<context>
    <name>NoModelPage</name>
    <message>
        <location filename="../../playground/gui/weights/no_model.py" line="28" />
        <source>No model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/no_model.py" line="33" />
        <source>The Weights panel looks inside a trained network. Train one on the Train panel, open a model file with File ▸ Open model…, or load one of the models that come with the playground:</source>
        <translation>가중치 패널은 학습된 신경망의 내부를 보여 줍니다. 학습 패널에서 신경망을 학습시키거나, 파일 ▸ 모델 열기…로 모델 파일을 열거나, 플레이그라운드에 포함된 모델 중 하나를 불러오세요:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/no_model.py" line="67" />
        <source>Load {0} as the current model</source>
        <translation>{0}을(를) 현재 모델로 불러옵니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/no_model.py" line="74" />
        <source>No model files were found in {0}.</source>
        <translation>{0}에서 모델 파일을 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>OutputPlot</name>
    <message>
        <location filename="../../playground/gui/playground/output_plot.py" line="64" />
        <source>x1</source>
        <translation>x1</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_plot.py" line="65" />
        <source>x2</source>
        <translation>x2</translation>
    </message>
</context>
<context>
    <name>OverflowBox</name>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="194" />
        <source>Why softmax subtracts the maximum</source>
        <translation>소프트맥스가 최댓값을 빼는 이유</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="196" />
        <source>Scores to push through both formulas; try large ones.</source>
        <translation>두 식에 넣어 볼 점수. 큰 값을 넣어 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="199" />
        <source>score a</source>
        <translation>점수 a</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="199" />
        <source>exp(a)</source>
        <translation>exp(a)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="199" />
        <source>naive exp(a)/Σ</source>
        <translation>단순 exp(a)/Σ</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="200" />
        <source>exp(a − max)/Σ</source>
        <translation>exp(a − max)/Σ</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="201" />
        <source>The naive formula next to the stable one, computed in float64.</source>
        <translation>단순한 식과 안정적인 식을 나란히 float64로 계산한 결과.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="204" />
        <source>Scores:</source>
        <translation>점수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="215" />
        <source>Cannot read the scores: {0}</source>
        <translation>점수를 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="226" />
        <source>The naive result is nan. exp({0}) is larger than the largest float64 (about 1.8e308), so it becomes inf; the sum is inf too, and inf / inf is not a number. Subtracting the largest score first changes nothing mathematically (the factor exp(−max) cancels) but keeps every exp(…) between 0 and 1.</source>
        <translation>단순 계산 결과는 nan입니다. exp({0})이(가) float64의 최댓값(약 1.8e308)보다 커서 inf가 되고, 합도 inf가 되며, inf / inf는 숫자가 아닙니다(nan). 가장 큰 점수를 먼저 빼도 수학적으로는 달라지지 않지만(인수 exp(−max)가 약분됨), 모든 exp(…)가 0과 1 사이에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="232" />
        <source>Both formulas agree here. Scores above about 709 make exp(a) overflow: try 1010, 1000, 990.</source>
        <translation>여기서는 두 식의 결과가 같습니다. 점수가 약 709를 넘으면 exp(a)가 오버플로됩니다. 1010, 1000, 990을 넣어 보세요.</translation>
    </message>
</context>
<context>
    <name>OwnDataNote</name>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="46" />
        <source>All skipped files</source>
        <translation>건너뛴 파일 모두</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="47" />
        <source>List every file that was skipped, with the reason</source>
        <translation>건너뛴 파일을 모두 이유와 함께 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="50" />
        <source>Skipped file</source>
        <translation>건너뛴 파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="50" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="68" />
        <source>{0}: {1} pictures in {2} classes ({3}).</source>
        <translation>{0}: 클래스 {2}개에 그림 {1}장 ({3}).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="73" />
        <source>{0} skipped: {1}</source>
        <translation>{0}개 건너뜀: {1}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="74" />
        <location filename="../../playground/gui/train/own_data_note.py" line="83" />
        <source>… and {0} more</source>
        <translation>… 외 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="76" />
        <source>Fewer than 5 examples: {0}</source>
        <translation>예시가 5개보다 적은 클래스: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="78" />
        <source>The classes are imbalanced (10:1 or more): the network will favour the larger ones.</source>
        <translation>클래스의 크기가 고르지 않습니다(10:1 이상). 신경망이 큰 클래스 쪽으로 치우칩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="84" />
        <source>Skipped files and why:</source>
        <translation>건너뛴 파일과 이유:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/own_data_note.py" line="85" />
        <source>Every file was used.</source>
        <translation>모든 파일을 사용했습니다.</translation>
    </message>
</context>
<context>
    <name>PerceptronCard</name>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="28" />
        <source>&lt;b&gt;No single straight line separates the two classes.&lt;/b&gt; XOR needs (0, 0) and (1, 1) on one side and (1, 0) and (0, 1) on the other, but the two pairs lie on crossing diagonals: every line leaves a point on the wrong side, so at most 3 of the 4 rows can be right.</source>
        <translation>&lt;b&gt;직선 하나로는 두 클래스를 나눌 수 없습니다.&lt;/b&gt; XOR은 (0, 0)과 (1, 1)을 한쪽에, (1, 0)과 (0, 1)을 다른 쪽에 두어야 하는데, 두 쌍은 서로 엇갈린 대각선 위에 있습니다. 어떤 직선을 그어도 반대편에 남는 점이 생기므로 네 행 중 최대 세 행까지만 맞힐 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="54" />
        <source>The gate whose truth table this perceptron should produce</source>
        <translation>이 퍼셉트론이 만들어야 할 진리표의 게이트</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="56" />
        <source>Target gate:</source>
        <translation>목표 게이트:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="57" />
        <source>Target gate: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>목표 게이트: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="59" />
        <source>Step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="60" />
        <source>Output exactly 0 or 1, as the book's perceptron does</source>
        <translation>책의 퍼셉트론처럼 정확히 0 또는 1을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="61" />
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="62" />
        <source>Output a smooth value between 0 and 1, shown as a heat map in the plot</source>
        <translation>0과 1 사이의 매끄러운 값을 출력하며, 그래프에 히트맵으로 나타냅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="68" />
        <source>Activation:</source>
        <translation>활성화 함수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="69" />
        <source>How the weighted sum becomes the output</source>
        <translation>가중합이 출력으로 바뀌는 방식</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="72" />
        <source>expected</source>
        <translation>기대 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="73" />
        <source>Each input, its weighted sum, the perceptron's output and the gate's expected output</source>
        <translation>각 입력, 그 가중합, 퍼셉트론의 출력, 게이트의 기대 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="86" />
        <source>Weights and bias</source>
        <translation>가중치와 편향</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_card.py" line="88" />
        <source>Truth table</source>
        <translation>진리표</translation>
    </message>
</context>
<context>
    <name>PerceptronEditor</name>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="48" />
        <source>Weight of input {0}: how much it pushes the sum up or down</source>
        <translation>입력 {0}의 가중치: 합을 얼마나 올리거나 내리는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="54" />
        <source>Bias b = −θ: how easily the unit fires</source>
        <translation>편향 b = −θ: 뉴런이 얼마나 쉽게 활성화되는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="60" />
        <source>The perceptron with its current numbers</source>
        <translation>현재 값을 넣은 퍼셉트론</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="62" />
        <source>The same rule written with a threshold θ, as the book first does</source>
        <translation>책에서 처음 소개하는 것처럼 임계값 θ로 쓴 같은 규칙</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="82" />
        <source>Load the book's {0}: w1 = {1}, w2 = {2}, θ = {3}</source>
        <translation>책의 {0} 값 불러오기: w1 = {1}, w2 = {2}, θ = {3}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="87" />
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="89" />
        <source>Random weights and bias between −1 and 1</source>
        <translation>−1과 1 사이의 무작위 가중치와 편향</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="31" />
        <source>{output} = 1 &amp;nbsp;if&amp;nbsp; {sum} &amp;gt; 0, &amp;nbsp;else 0</source>
        <translation>{sum} &amp;gt; 0 &amp;nbsp;이면&amp;nbsp; {output} = 1, &amp;nbsp;아니면 0</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/perceptron_editor.py" line="33" />
        <source>threshold form: &amp;nbsp;{sum} &amp;gt; &lt;i&gt;θ&lt;/i&gt; = {theta}</source>
        <translation>임계값 형식: &amp;nbsp;{sum} &amp;gt; &lt;i&gt;θ&lt;/i&gt; = {theta}</translation>
    </message>
</context>
<context>
    <name>PlaygroundPanel</name>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="24" />
        <location filename="../../playground/gui/playground/controls.py" line="26" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="27" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="28" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="33" />
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="45" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="46" />
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="46" />
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="47" />
        <source>Rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="47" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="48" />
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="40" />
        <source>Open setup…</source>
        <translation>설정 열기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="41" />
        <source>Save setup…</source>
        <translation>설정 저장…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="46" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="50" />
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="50" />
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="50" />
        <source>Two Gaussians</source>
        <translation>두 가우스 분포</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="51" />
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="51" />
        <source>Plane (regression)</source>
        <translation>평면 (회귀)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="52" />
        <source>Multi-Gaussian (regression)</source>
        <translation>여러 가우스 분포 (회귀)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="53" />
        <source>Spirals, 3-5 classes</source>
        <translation>나선, 3–5개 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="53" />
        <source>Blobs, 3-5 classes</source>
        <translation>덩어리, 3–5개 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="69" />
        <source>Training share: {0} %</source>
        <translation>훈련 데이터 비율: {0} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="70" />
        <source>Noise: {0} %</source>
        <translation>잡음: {0} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="71" />
        <source>Batch size: {0}</source>
        <translation>배치 크기: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="81" />
        <source>Classes (spirals, blobs)</source>
        <translation>클래스 수 (나선, 덩어리)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="84" />
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="86" />
        <source>Click the plane to add a point of the first class, shift-click for the second, drag a point to move it, right-click to delete the nearest.</source>
        <translation>평면을 클릭하면 첫 번째 클래스의 점이, Shift+클릭하면 두 번째 클래스의 점이 추가됩니다. 점을 끌면 옮겨지고, 오른쪽 클릭은 가장 가까운 점을 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="91" />
        <source>Load points…</source>
        <translation>점 불러오기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/data_column.py" line="92" />
        <source>Save points…</source>
        <translation>점 저장…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="54" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="59" />
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="60" />
        <source>Remove the last hidden layer</source>
        <translation>마지막 은닉층 제거</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="73" />
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="152" />
        <source>Click a link or a bias square to edit its value.</source>
        <translation>연결선이나 편향 사각형을 클릭하면 값을 고칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="55" />
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="69" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="70" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="73" />
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="74" />
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="90" />
        <source>Plane</source>
        <translation>평면</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="91" />
        <source>Hidden space</source>
        <translation>은닉 공간</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="93" />
        <source>Show test data</source>
        <translation>테스트 데이터 표시</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="95" />
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/widgets.py" line="16" />
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/widgets.py" line="16" />
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="118" />
        <source>Add a neuron to layer {0}</source>
        <translation>{0}층에 뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="119" />
        <source>Remove a neuron from layer {0}</source>
        <translation>{0}층에서 뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="130" />
        <source>{0} hidden layers</source>
        <translation>은닉층 {0}개</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/file_actions.py" line="39" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/file_actions.py" line="39" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/file_actions.py" line="40" />
        <source>Points (*.csv)</source>
        <translation>점 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/file_actions.py" line="40" />
        <source>Playground setups (*.json)</source>
        <translation>플레이그라운드 설정 (*.json)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/panel.py" line="299" />
        <source>Weight from neuron {0} of column {1} to neuron {2} of column {3}:</source>
        <translation>{1}열 뉴런 {0}에서 {3}열 뉴런 {2}로 가는 가중치:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/panel.py" line="307" />
        <source>Bias of neuron {0} of column {1}:</source>
        <translation>{1}열 뉴런 {0}의 편향:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/panel.py" line="337" />
        <source>Training stopped: {0}</source>
        <translation>학습이 멈췄습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="26" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="35" />
        <location filename="../../playground/gui/playground/output_column.py" line="57" />
        <source>Training loss {0:.3f}   Test loss {1:.3f}</source>
        <translation>훈련 손실 {0:.3f}   테스트 손실 {1:.3f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="38" />
        <location filename="../../playground/gui/playground/output_column.py" line="58" />
        <source>Training accuracy {0:.1%}   Test accuracy {1:.1%}</source>
        <translation>훈련 정확도 {0:.1%}   테스트 정확도 {1:.1%}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/controls.py" line="29" />
        <location filename="../../playground/gui/playground/controls.py" line="80" />
        <source>Epoch {0}</source>
        <translation>에포크 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/output_column.py" line="48" />
        <location filename="../../playground/gui/playground/output_column.py" line="61" />
        <source>Test points: true class (rows) by predicted class (columns)</source>
        <translation>테스트 점: 실제 클래스(행)별 예측 클래스(열)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="33" />
        <source>Press play: the network starts from random weights and adjusts them batch by batch.</source>
        <translation>재생을 누르세요: 신경망은 무작위 가중치에서 시작해 배치마다 가중치를 조금씩 고칩니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="34" />
        <source>The loss is growing without bound: the learning rate is too high.</source>
        <translation>손실이 끝없이 커지고 있습니다: 학습률이 너무 높습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="35" />
        <source>The test loss rises while the training loss falls: over-fitting. Try fewer neurons, more noise-free data or regularization.</source>
        <translation>훈련 손실은 줄어드는데 테스트 손실은 늘어납니다: 과적합입니다. 뉴런을 줄이거나, 잡음 없는 데이터를 늘리거나, 정규화를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="37" />
        <source>Both losses are falling: the network is learning.</source>
        <translation>두 손실이 모두 줄고 있습니다: 신경망이 배우는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="38" />
        <source>The losses have settled low: the network has fitted the data.</source>
        <translation>손실이 낮은 값에 머물렀습니다: 신경망이 데이터에 맞춰졌습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/network_column.py" line="39" />
        <source>The loss has stopped falling: try another learning rate, more neurons or other input features.</source>
        <translation>손실이 더 줄지 않습니다: 다른 학습률, 더 많은 뉴런, 다른 입력 특성을 시도해 보세요.</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <location filename="../../playground/gui/classes/preview.py" line="31" />
        <source>The first pictures of each class as the network gets them: 28 x 28, after the preparation chosen on the right. Training holds out %1 % of every class for validation.</source>
        <translation>각 클래스의 처음 몇 장을 신경망이 받는 그대로 보여 줍니다: 오른쪽에서 고른 전처리를 거친 28 x 28 그림. 학습할 때 모든 클래스에서 %1 %를 검증용으로 떼어 둡니다.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../playground/gui/common/bars.py" line="32" />
        <source>probability (%)</source>
        <translation>확률 (%)</translation>
    </message>
</context>
<context>
    <name>RegressionPage</name>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="305" />
        <source>Straight line</source>
        <translation>직선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="306" />
        <source>Curve with a small network</source>
        <translation>작은 신경망으로 곡선 맞추기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="307" />
        <source>Linear regression by gradient descent on (w, b).</source>
        <translation>(w, b)에 대한 경사 하강법으로 하는 선형 회귀.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/regression_page.py" line="308" />
        <source>A small MLP fitting y = x² + 3, trained live.</source>
        <translation>작은 MLP가 y = x² + 3에 맞춰 실시간으로 학습합니다.</translation>
    </message>
</context>
<context>
    <name>RobustnessView</name>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="52" />
        <source>Which images were used and how long it took</source>
        <translation>사용한 이미지와 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="53" />
        <source>Disturbed test images classified so far</source>
        <translation>지금까지 분류한 변형된 테스트 이미지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="54" />
        <source>Measure again</source>
        <translation>다시 측정</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="54" />
        <source>Disturb the test images and classify them again</source>
        <translation>테스트 이미지를 변형해 다시 분류합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="63" />
        <source>Test accuracy as the images are disturbed more and more; the ring marks the hardest setting</source>
        <translation>이미지를 점점 더 많이 변형할 때의 테스트 정확도. 동그라미는 가장 어려운 설정입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="69" />
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="84" />
        <source>Whose worst images to show</source>
        <translation>어느 변형의 가장 나쁜 이미지를 보일지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="95" />
        <source>At the hardest setting, the wrong answers with the least belief in the true class, as the network saw them</source>
        <translation>가장 어려운 설정에서, 실제 클래스를 가장 믿지 않은 오답을 네트워크가 본 그대로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="98" />
        <source>Worst images of:</source>
        <translation>가장 나쁜 이미지:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="105" />
        <source>Answer only when the most likely class has at least this probability</source>
        <translation>가장 가능성 높은 클래스의 확률이 이 값 이상일 때만 답합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="110" />
        <source>What the threshold trades: fewer answers, more of them right</source>
        <translation>임계값이 맞바꾸는 것: 답은 줄고, 맞는 비율은 높아집니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="113" />
        <source>Confidence threshold:</source>
        <translation>신뢰도 임계값:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="149" />
        <source>Disturbing and classifying the test images…</source>
        <translation>테스트 이미지를 변형하고 분류하는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="128" />
        <source>Cannot measure the model: {0}</source>
        <translation>모델을 측정할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="155" />
        <source>{0}: first {1:,} validation images held out by its training run, undisturbed accuracy {2:.2%} ({3:.1f} s)</source>
        <translation>{0}: 훈련 때 따로 떼어 둔 검증 이미지 처음 {1:,}장, 변형 전 정확도 {2:.2%} ({3:.1f}초)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="158" />
        <source>{0} test set: first {1:,} images, undisturbed accuracy {2:.2%} ({3:.1f} s)</source>
        <translation>{0} 테스트 세트: 처음 {1:,}개 이미지, 변형 전 정확도 {2:.2%} ({3:.1f}초)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="174" />
        <source>at {0:g}: accuracy {1:.1%}, {2} shown</source>
        <translation>{0:g}에서: 정확도 {1:.1%}, {2}개 표시</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="179" />
        <source>Test image {0}: true {1}, read as {2} ({3:.0%})</source>
        <translation>테스트 이미지 {0}: 실제 {1}, {2}(으)로 읽음 ({3:.0%})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="192" />
        <source>At this threshold the network answers none of the images (without the threshold {0:.1%} right).</source>
        <translation>이 임계값에서는 네트워크가 어떤 이미지에도 답하지 않습니다 (임계값 없이는 {0:.1%} 정답).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="195" />
        <source>Answers {0:.1%} of the images, {1:.1%} of those right (without the threshold {2:.1%}).</source>
        <translation>이미지의 {0:.1%}에 답하고, 그중 {1:.1%}가 정답입니다 (임계값 없이는 {2:.1%}).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="35" />
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="35" />
        <source>noise σ (share of full ink)</source>
        <translation>잡음 σ (최대 잉크 대비)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="36" />
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="36" />
        <source>rotation (degrees)</source>
        <translation>회전 (도)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="37" />
        <source>Stroke thickness</source>
        <translation>획 두께</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/robustness_view.py" line="37" />
        <source>thinner ← steps → thicker</source>
        <translation>가늘게 ← 단계 → 굵게</translation>
    </message>
</context>
<context>
    <name>ScaleChoice</name>
    <message>
        <location filename="../../playground/gui/weights/scale_choice.py" line="16" />
        <source>One scale for all tiles</source>
        <translation>모든 타일에 같은 척도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/scale_choice.py" line="17" />
        <source>Each tile its own scale</source>
        <translation>타일마다 각자의 척도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/scale_choice.py" line="18" />
        <source>One scale lets you compare tiles; a scale per tile shows the pattern of faint tiles too</source>
        <translation>같은 척도를 쓰면 타일끼리 비교할 수 있고, 타일마다 척도를 두면 흐린 타일의 무늬도 보입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/scale_choice.py" line="27" />
        <source>weight ÷ tile's largest |weight|</source>
        <translation>가중치 ÷ 타일의 최대 |가중치|</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/scale_choice.py" line="27" />
        <source>weight</source>
        <translation>가중치</translation>
    </message>
</context>
<context>
    <name>SizeCalculator</name>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="61" />
        <source>Output size: (W + 2P − F) / S + 1</source>
        <translation>출력 크기: (W + 2P − F) / S + 1</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="65" />
        <source>input W</source>
        <translation>입력 W</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="65" />
        <source>Input width (or height)</source>
        <translation>입력의 너비 (또는 높이)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="66" />
        <source>padding P</source>
        <translation>패딩 P</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="66" />
        <source>Zeros added on each side</source>
        <translation>양쪽에 덧붙이는 0</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="67" />
        <source>filter F</source>
        <translation>필터 F</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="67" />
        <source>Filter width</source>
        <translation>필터 너비</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="68" />
        <source>stride S</source>
        <translation>스트라이드 S</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="68" />
        <source>Step between filter positions</source>
        <translation>필터 위치 사이의 간격</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="96" />
        <source>Impossible: {0}</source>
        <translation>불가능: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="99" />
        <source>({0} + 2·{1} − {2}) / {3} + 1 = {4} / {3} + 1 = {5:g}</source>
        <translation>({0} + 2·{1} − {2}) / {3} + 1 = {4} / {3} + 1 = {5:g}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="102" />
        <source>: {0} output positions.</source>
        <translation>: 출력 위치 {0}개.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/inside/size_calculator.py" line="104" />
        <source> is not a whole number: the filter does not fit evenly. The engine rounds down to {0} positions and the last {1} cell(s) of the padded input (red) are never read.</source>
        <translation>은(는) 정수가 아닙니다. 필터가 딱 맞게 들어가지 않습니다. 엔진은 내림하여 위치 {0}개를 계산하고, 패딩한 입력의 마지막 {1}칸(빨간색)은 읽지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SoftmaxBox</name>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="125" />
        <source>Softmax: scores into probabilities</source>
        <translation>소프트맥스: 점수를 확률로</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="127" />
        <source>Type the network's output scores, separated by commas.</source>
        <translation>신경망의 출력 점수를 쉼표로 구분해 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="131" />
        <source>Divide the scores by this temperature before softmax: below 1 sharpens, above 1 flattens the probabilities.</source>
        <translation>소프트맥스 전에 점수를 이 온도로 나눕니다. 1보다 작으면 확률 분포가 뾰족해지고, 1보다 크면 평평해집니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="136" />
        <source>Probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="136" />
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="136" />
        <location filename="../../playground/gui/concepts/activations_page.py" line="142" />
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="142" />
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="142" />
        <source>score / T</source>
        <translation>점수 / T</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="143" />
        <source>Each score, the score divided by the temperature, and its probability.</source>
        <translation>각 점수, 온도로 나눈 점수, 그 확률.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="148" />
        <source>Scores:</source>
        <translation>점수:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="152" />
        <source>Temperature T:</source>
        <translation>온도 T:</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="170" />
        <source>Cannot read the scores: {0}</source>
        <translation>점수를 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/concepts/activations_page.py" line="173" />
        <source>The probabilities sum to {0}; the largest score wins {1}%.</source>
        <translation>확률의 합은 {0}이고, 가장 큰 점수가 {1}%를 차지합니다.</translation>
    </message>
</context>
<context>
    <name>SolvedBanner</name>
    <message>
        <location filename="../../playground/gui/gates/truth_table.py" line="107" />
        <source>Turns green when all four rows give the expected output</source>
        <translation>네 행 모두 기대 출력을 내면 초록색으로 바뀝니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/truth_table.py" line="113" />
        <source>✓ Solved: this is {0}</source>
        <translation>✓ 해결: {0} 게이트입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/truth_table.py" line="116" />
        <source>{0} of 4 rows right for {1}</source>
        <translation>{1}: 네 행 중 {0}행 맞음</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="39" />
        <location filename="../../playground/gui/train/sweep.py" line="110" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="40" />
        <source>epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="41" />
        <source>hidden nodes</source>
        <translation>은닉 노드 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="56" />
        <source>whole numbers</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="57" />
        <source>positive numbers</source>
        <translation>양수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="58" />
        <source>Sweep values: write 1 to {0} {1} separated by commas</source>
        <translation>탐색 값: 쉼표로 구분한 {1} 1 ~ {0}개를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="84" />
        <source>The hyper-parameter that changes from one training run to the next</source>
        <translation>학습 실행마다 바뀌는 하이퍼파라미터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="88" />
        <source>The values to try, separated by commas</source>
        <translation>시도할 값, 쉼표로 구분</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="94" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="95" />
        <source>Train each point on only this many images, so the sweep finishes sooner</source>
        <translation>각 지점을 이 개수의 이미지로만 학습해 탐색을 더 빨리 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="96" />
        <location filename="../../playground/gui/train/sweep.py" line="147" />
        <source>Run sweep</source>
        <translation>탐색 실행</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="97" />
        <location filename="../../playground/gui/train/sweep.py" line="149" />
        <source>Train the chosen network once per value, with the form's other settings</source>
        <translation>선택한 신경망을 값마다 한 번씩 학습합니다. 나머지는 왼쪽 양식의 설정을 따릅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="101" />
        <source>Vary</source>
        <translation>바꿀 항목</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="101" />
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="102" />
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="110" />
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="113" />
        <source>Final accuracy of each run of the sweep against the value it used</source>
        <translation>탐색의 각 실행이 사용한 값에 따른 최종 정확도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="147" />
        <source>Stop sweep</source>
        <translation>탐색 중지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/sweep.py" line="148" />
        <source>Stop the sweep after the current batch</source>
        <translation>현재 배치가 끝나면 탐색을 멈춥니다</translation>
    </message>
</context>
<context>
    <name>TeachBox</name>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="39" />
        <source>Teach it your handwriting</source>
        <translation>내 글씨 가르치기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="43" />
        <source>Misread? That was a …</source>
        <translation>잘못 읽었나요? 정답은 …</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="49" />
        <source>Keep this drawing as a {0}, to adapt the model to your writing (stored on this computer only)</source>
        <translation>이 그림을 {0}(으)로 보관해 모델을 내 글씨에 적응시키는 데 씁니다 (이 컴퓨터에만 저장됨)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="58" />
        <source>Review drawings…</source>
        <translation>그림 살펴보기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="59" />
        <source>See the drawings you kept; relabel or delete them</source>
        <translation>보관한 그림을 보고 레이블을 바꾸거나 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="61" />
        <source>Adapt to my writing</source>
        <translation>내 글씨에 적응시키기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="62" />
        <source>Fine-tune a copy of the model on your drawings mixed with MNIST, and add it to the model list</source>
        <translation>모델의 사본을 내 그림과 MNIST를 섞어 미세 조정하고, 모델 목록에 추가합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="65" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="66" />
        <source>Stop adapting; the model list stays as it was</source>
        <translation>적응을 멈춥니다. 모델 목록은 그대로 남습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="99" />
        <source>Your drawings kept: {0}.</source>
        <translation>보관한 내 그림: {0}개.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="101" />
        <source>Your drawings kept: {0}; adapting needs at least {1}.</source>
        <translation>보관한 내 그림: {0}개. 적응시키려면 적어도 {1}개가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="109" />
        <source>Adapting to your writing…</source>
        <translation>내 글씨에 적응시키는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="116" />
        <source>{0}-fold cross-validated</source>
        <translation>{0}겹 교차 검증</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="117" />
        <source>on drawings held out</source>
        <translation>따로 떼어 둔 그림으로</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/teach.py" line="119" />
        <source>Your drawings ({0}): {1:.0f} % → {2:.0f} % of {3} read right.
MNIST test: {4:.2f} % → {5:.2f} % of {6:,}.
Added to the model list as {7}.</source>
        <translation>내 그림 ({0}): {3}개 중 {1:.0f} % → {2:.0f} % 바르게 읽음.
MNIST 테스트: {6:,}개 중 {4:.2f} % → {5:.2f} %.
모델 목록에 {7}(으)로 추가했습니다.</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="75" />
        <source>Live curves</source>
        <translation>실시간 곡선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="76" />
        <source>Sweep</source>
        <translation>값 탐색</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="78" />
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="79" />
        <source>Why the run learns or fails: gradients, inactive units, weights, hints</source>
        <translation>훈련이 잘되거나 안 되는 이유: 기울기, 비활성 유닛, 가중치, 도움말</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="80" />
        <source>Loss, accuracy and learning rate of this session's runs as they train</source>
        <translation>이번 세션에서 실행한 학습의 손실, 정확도, 학습률을 실시간으로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="81" />
        <source>Accuracy against one hyper-parameter, one training run per value</source>
        <translation>하이퍼파라미터 하나에 따른 정확도, 값마다 학습 한 번</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="93" />
        <source>Choose a network and press Start.</source>
        <translation>신경망을 고르고 '시작'을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="105" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="105" />
        <source>Train a new network with the settings on the left</source>
        <translation>왼쪽 설정으로 새 신경망을 학습시킵니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="108" />
        <location filename="../../playground/gui/train/panel.py" line="518" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="108" />
        <location filename="../../playground/gui/train/panel.py" line="520" />
        <source>Hold the training after the current batch</source>
        <translation>현재 배치가 끝나면 학습을 잠시 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="110" />
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="110" />
        <source>While paused, train exactly one more batch</source>
        <translation>일시 정지 중에 배치 하나만 더 학습합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="112" />
        <source>+1 epoch</source>
        <translation>+1 에폭</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="112" />
        <source>Add one more epoch to the running training</source>
        <translation>진행 중인 학습에 에폭을 하나 더합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="114" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="115" />
        <source>End the training after the current batch and keep the model so far</source>
        <translation>현재 배치가 끝나면 학습을 끝내고 지금까지의 모델을 남깁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="117" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="118" />
        <source>Clear every run's curves and put the chosen network's recipe back</source>
        <translation>모든 실행의 곡선을 지우고 선택한 신경망의 학습 설정을 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="120" />
        <source>Restore best</source>
        <translation>최고 에폭 복원</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="121" />
        <source>Make the weights of the best epoch so far the current model</source>
        <translation>지금까지 가장 좋았던 에폭의 가중치를 현재 모델로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="123" />
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="123" />
        <source>Save the current model to a file</source>
        <translation>현재 모델을 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="137" />
        <location filename="../../playground/gui/train/panel.py" line="297" />
        <location filename="../../playground/gui/train/panel.py" line="498" />
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="138" />
        <source>How far the run has got: epoch and iteration</source>
        <translation>학습 진행 정도: 에폭과 반복</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="140" />
        <source>Training speed, time left and time spent</source>
        <translation>학습 속도, 남은 시간, 걸린 시간</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="145" />
        <source>What the training is doing, in words</source>
        <translation>학습이 하고 있는 일을 글로 설명합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="175" />
        <source>Saved the model to {0}.</source>
        <translation>모델을 {0}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="204" />
        <source>A run is training: drop your files again when it has ended.</source>
        <translation>학습이 진행 중입니다. 끝난 뒤에 파일을 다시 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="209" />
        <source>Your own data is chosen: {0}. Press Start to train on it.</source>
        <translation>내 데이터를 선택했습니다: {0}. 시작을 누르면 이 데이터로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="223" />
        <source>Run {0}: {1}, lr {2:g}</source>
        <translation>실행 {0}: {1}, lr {2:g}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="241" />
        <source>lr {0:g}</source>
        <translation>lr {0:g}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="243" />
        <source>epochs {0}</source>
        <translation>에폭 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="244" />
        <source>{0} images</source>
        <translation>이미지 {0}장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="244" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="249" />
        <source>The hint's settings are in the form; press Start to train with them.</source>
        <translation>도움말의 설정을 양식에 넣었습니다. '시작'을 누르면 그 설정으로 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="269" />
        <source>Stopping after the current batch…</source>
        <translation>현재 배치가 끝나면 멈춥니다…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="275" />
        <source>One more epoch added to this run.</source>
        <translation>이번 실행에 에폭을 하나 더했습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="281" />
        <source>Training again.</source>
        <translation>학습을 다시 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="284" />
        <source>Pausing after the current batch…</source>
        <translation>현재 배치가 끝나면 일시 정지합니다…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="299" />
        <source>Cleared. Choose a network and press Start.</source>
        <translation>지웠습니다. 신경망을 고르고 '시작'을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="314" />
        <source>best epoch {0} of a run in this session</source>
        <translation>이번 세션 실행의 최고 에폭 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="315" />
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="316" />
        <source>training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="317" />
        <source>The current model now holds the weights of epoch {0} ({1} {2:.1f} %).</source>
        <translation>이제 현재 모델은 에폭 {0}의 가중치입니다 ({1} {2:.1f} %).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="330" />
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="337" />
        <source>Saving the model…</source>
        <translation>모델 저장 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="362" />
        <source>Loading {0}…</source>
        <translation>{0} 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="363" />
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="364" />
        <source>Measuring the accuracy on the test images…</source>
        <translation>시험 이미지로 정확도를 측정하는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="370" />
        <source>Loading your files: {0} %</source>
        <translation>파일 불러오는 중: {0} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="383" />
        <source>Paused at iteration {0:,} (epoch {1}/{2}). Step trains one batch, Resume carries on.</source>
        <translation>반복 {0:,}에서 일시 정지했습니다 (에폭 {1}/{2}). '한 단계'는 배치 하나를 학습하고, '계속'은 학습을 이어 갑니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="410" />
        <source>Epoch {0}/{1} · iteration {2:,}/{3:,}</source>
        <translation>에폭 {0}/{1} · 반복 {2:,}/{3:,}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="412" />
        <source>{0:,.0f} images/s · {1} left · {2} spent</source>
        <translation>{0:,.0f} 이미지/s · 남은 시간 {1} · 걸린 시간 {2}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="418" />
        <source>Epoch {0}/{1}, {2:.0%} through – accuracy {3:.1f} % so far</source>
        <translation>에폭 {0}/{1}, {2:.0%} 진행 – 지금까지 정확도 {3:.1f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="420" />
        <source> (best so far)</source>
        <translation> (지금까지 최고)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="422" />
        <source>Epoch {0}/{1} – val accuracy {2:.1f} %{3}</source>
        <translation>에폭 {0}/{1} – 검증 정확도 {2:.1f} %{3}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="425" />
        <source>Epoch {0}/{1} – train accuracy {2:.1f} %{3}</source>
        <translation>에폭 {0}/{1} – 훈련 정확도 {2:.1f} %{3}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="435" />
        <source>Sweep point {0}/{1} ({2} = {3:g}) · epoch {4}/{5}</source>
        <translation>탐색 지점 {0}/{1} ({2} = {3:g}) · 에폭 {4}/{5}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="445" />
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="445" />
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="446" />
        <source>{0} = {1:g}: {2} accuracy {3:.1f} %</source>
        <translation>{0} = {1:g}: {2} 정확도 {3:.1f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="459" />
        <source>trained in this session ({0})</source>
        <translation>이번 세션에서 학습함 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="468" />
        <source>test accuracy {0:.1f} %</source>
        <translation>시험 정확도 {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="469" />
        <source>no test images in this dataset</source>
        <translation>이 데이터셋에는 시험 이미지가 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="472" />
        <source>Training diverged at iteration {0:,}: the loss became infinite or not a number, so the run stopped and the weights went back to their last finite values. Try a smaller learning rate, for example {1:g}.</source>
        <translation>반복 {0:,}에서 학습이 발산했습니다. 손실이 무한대나 NaN이 되어 실행을 멈추고 가중치를 마지막으로 유한했던 값으로 되돌렸습니다. 더 작은 학습률(예: {1:g})로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="477" />
        <source>Finished after {0} epochs: {1}. The trained network is now the current model.</source>
        <translation>{0}에폭 후 완료: {1}. 이제 학습한 신경망이 현재 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="478" />
        <source>Stopped in epoch {0}: {1}. The network so far is now the current model.</source>
        <translation>에폭 {0}에서 중지: {1}. 이제 지금까지 학습한 신경망이 현재 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="479" />
        <source>Early stopping after epoch {0}, as validation accuracy stopped improving: {1}. The best epoch's network is now the current model.</source>
        <translation>검증 정확도가 더 나아지지 않아 에폭 {0} 후 조기 종료: {1}. 이제 가장 좋았던 에폭의 신경망이 현재 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="487" />
        <source>The sweep ended before its first point was trained.</source>
        <translation>첫 지점을 학습하기 전에 탐색이 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="490" />
        <source>Sweep done: {0} of {1} points, best accuracy {2:.1f} % at {3} = {4:g}.</source>
        <translation>탐색 완료: {1}개 지점 중 {0}개, 최고 정확도 {2:.1f} % ({3} = {4:g}).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="496" />
        <source>Cannot train: {0}</source>
        <translation>학습할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="506" />
        <source>Learning rate changed to {0:g} from the next batch on.</source>
        <translation>다음 배치부터 학습률을 {0:g}(으)로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="518" />
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/panel.py" line="519" />
        <source>Carry on training</source>
        <translation>학습을 이어 갑니다</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="61" />
        <source>Hidden layers: write whole numbers from 1 to 4096 separated by commas, e.g. 512, 256</source>
        <translation>은닉층: 1 ~ 4096 사이의 정수를 쉼표로 구분해 쓰세요 (예: 512, 256)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="129" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="131" />
        <source>MNIST digits</source>
        <translation>MNIST 숫자</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="132" />
        <source>Fashion-MNIST clothes</source>
        <translation>Fashion-MNIST 의류</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="133" />
        <source>Book's CSV sample (100 + 10 digits)</source>
        <translation>책의 CSV 샘플 (숫자 100 + 10개)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="134" />
        <source>Your own IDX files…</source>
        <translation>내 IDX 파일…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="135" />
        <source>Your own CSV file…</source>
        <translation>내 CSV 파일…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="136" />
        <source>Your own folder of classes…</source>
        <translation>내 클래스 폴더…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="138" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="139" />
        <source>The images and labels the network learns from</source>
        <translation>신경망이 학습할 이미지와 레이블</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="144" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="153" />
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="145" />
        <source>Pick your own data: a folder with one sub-folder per class, a CSV file or an IDX pair (or drop them on this page)</source>
        <translation>내 데이터를 고릅니다: 클래스마다 하위 폴더가 하나씩 있는 폴더, CSV 파일, 또는 IDX 파일 한 쌍 (이 페이지에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="154" />
        <source>Your own data: a folder with one sub-folder per class (or pictures named like my_own_3.png), an IDX images file with its labels file, or one CSV file</source>
        <translation>내 데이터: 클래스마다 하위 폴더가 하나씩 있는 폴더 (또는 my_own_3.png처럼 이름 붙은 그림들), IDX 이미지 파일과 그 레이블 파일, 또는 CSV 파일 하나</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="158" />
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="158" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="159" />
        <source>Train on only this many images, the first of each class in its share, for quick experiments (0 = all)</source>
        <translation>빠른 실험을 위해 이 개수의 이미지로만 학습합니다. 클래스마다 그 비율만큼 앞에서부터 씁니다 (0 = 전체)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="161" />
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="162" />
        <source>Share of the training images held out to measure validation accuracy</source>
        <translation>검증 정확도를 재려고 따로 떼어 두는 훈련 이미지의 비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="167" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="171" />
        <source>Your own MLP</source>
        <translation>직접 설계한 MLP</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="172" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="173" />
        <source>A network from the books (with its training recipe) or your own fully connected one</source>
        <translation>책에 나오는 신경망(학습 설정 포함) 또는 직접 설계한 완전연결 신경망</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="177" />
        <source>What the chosen network is and where it comes from</source>
        <translation>선택한 신경망이 무엇이고 어디서 왔는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="180" />
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="181" />
        <source>Sizes of the hidden layers, separated by commas (e.g. 512, 256)</source>
        <translation>은닉층의 크기, 쉼표로 구분 (예: 512, 256)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="182" />
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="183" />
        <source>The non-linearity after each hidden layer</source>
        <translation>각 은닉층 뒤에 오는 비선형 함수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="185" />
        <source>Initialiser</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="186" />
        <source>How the starting weights are drawn (He suits ReLU, Xavier suits sigmoid/tanh)</source>
        <translation>초기 가중치를 뽑는 방법 (ReLU에는 He, sigmoid/tanh에는 Xavier가 알맞습니다)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="189" />
        <source>BatchNorm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="189" />
        <source>after each hidden layer</source>
        <translation>각 은닉층 뒤에</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="190" />
        <source>Normalise each hidden layer's outputs per batch, which speeds up learning</source>
        <translation>각 은닉층의 출력을 배치마다 정규화해 학습을 빠르게 합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="191" />
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="192" />
        <source>Share of hidden units switched off at random in each training batch</source>
        <translation>훈련 배치마다 무작위로 끄는 은닉 뉴런의 비율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="198" />
        <source>Optimisation</source>
        <translation>최적화</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="199" />
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="200" />
        <source>The rule that turns gradients into weight changes</source>
        <translation>기울기를 가중치 변화로 바꾸는 규칙</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="203" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="204" />
        <source>Step size of each update; can be changed while training runs</source>
        <translation>갱신할 때마다의 보폭. 학습 중에도 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="207" />
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="208" />
        <source>How much of the previous update carries over into the next</source>
        <translation>이전 갱신이 다음 갱신에 얼마나 이어지는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="209" />
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="210" />
        <source>Adam: decay of the running mean of the gradients</source>
        <translation>Adam: 기울기 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="211" />
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="212" />
        <source>Adam: decay of the running mean of the squared gradients</source>
        <translation>Adam: 기울기 제곱 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="213" />
        <source>Decay rate</source>
        <translation>감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="214" />
        <source>RMSprop: decay of the running mean of the squared gradients</source>
        <translation>RMSprop: 기울기 제곱 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="215" />
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="216" />
        <source>How the learning rate changes over the run</source>
        <translation>실행하는 동안 학습률이 바뀌는 방식</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="217" />
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="217" />
        <source>step decay</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="217" />
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="220" />
        <source>Step every</source>
        <translation>감소 주기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="220" />
        <source> epochs</source>
        <translation> 에폭</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="221" />
        <source>Step decay: epochs between two reductions of the learning rate</source>
        <translation>계단식 감소: 학습률을 줄이는 간격(에폭)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="222" />
        <source>Step factor</source>
        <translation>감소 배율</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="223" />
        <source>Step decay: the learning rate is multiplied by this at every step</source>
        <translation>계단식 감소: 줄일 때마다 학습률에 이 값을 곱합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="224" />
        <source>Final rate</source>
        <translation>최종 학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="225" />
        <source>Cosine: the learning rate reached at the end of the run</source>
        <translation>코사인: 실행이 끝날 때 도달하는 학습률</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="227" />
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="228" />
        <source>Images per gradient step (1 = the book's one image at a time)</source>
        <translation>경사 하강 한 단계에 쓰는 이미지 수 (1 = 책처럼 한 번에 이미지 하나)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="229" />
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="230" />
        <source>Passes over the training images</source>
        <translation>훈련 이미지 전체를 몇 번 반복해 학습하는지</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="235" />
        <source>Regularisation</source>
        <translation>규제</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="236" />
        <source>Weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="237" />
        <source>L2 penalty on the weights, which keeps them small (0 = off)</source>
        <translation>가중치에 L2 벌칙을 주어 작게 유지합니다 (0 = 끔)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="239" />
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="240" />
        <source>Augmentation: rotate each training image by up to this many degrees</source>
        <translation>데이터 확장: 훈련 이미지를 최대 이 각도만큼 회전합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="241" />
        <source>Shift</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="241" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="242" />
        <source>Augmentation: move each training image by up to this many pixels</source>
        <translation>데이터 확장: 훈련 이미지를 최대 이 픽셀 수만큼 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="243" />
        <source>Zoom</source>
        <translation>확대·축소</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="244" />
        <source>Augmentation: zoom each training image by a factor within 1 ± this</source>
        <translation>데이터 확장: 훈련 이미지마다 1 ± 이 값 안의 배율로 확대하거나 축소합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="245" />
        <source>Stroke thickness</source>
        <translation>획 두께</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="246" />
        <source>Augmentation: chance that an image's strokes are made thicker, and the same chance that they are made thinner</source>
        <translation>데이터 확장: 이미지의 획을 굵게 만들 확률이며, 같은 확률로 가늘게도 만듭니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="248" />
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="248" />
        <source>on</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="249" />
        <source>Stop when validation accuracy stops improving, keeping the best epoch</source>
        <translation>검증 정확도가 더 나아지지 않으면 멈추고 가장 좋았던 에폭을 남깁니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="250" />
        <source>Patience</source>
        <translation>기다릴 에폭 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="251" />
        <source>Epochs without improvement before early stopping ends the run</source>
        <translation>조기 종료가 실행을 끝내기 전까지 개선 없이 기다리는 에폭 수</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="254" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="255" />
        <source>Seed of the random numbers: the same seed repeats a run exactly</source>
        <translation>난수의 시드: 같은 시드면 실행을 똑같이 재현합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="264" />
        <source>no file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="273" />
        <source>A fully connected network of your design: 784 inputs, the hidden layers below, one output per class (10 for digits) with softmax and cross-entropy.</source>
        <translation>직접 설계하는 완전연결 신경망: 입력 784개, 아래의 은닉층, 소프트맥스와 교차 엔트로피 오차를 쓰는 클래스마다 출력 하나 (숫자는 10개).</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="302" />
        <source>Choose a folder of your own classes</source>
        <translation>내 클래스 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="308" />
        <source>Choose a CSV file</source>
        <translation>CSV 파일 선택</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="309" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="312" />
        <source>IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)</source>
        <translation>IDX 파일 (*-ubyte *-ubyte.gz *.idx *.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="313" />
        <source>Choose the IDX images file</source>
        <translation>IDX 이미지 파일 선택</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="317" />
        <source>Choose the matching IDX labels file</source>
        <translation>짝이 맞는 IDX 레이블 파일 선택</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controls.py" line="421" />
        <source>Dataset: choose your own file(s) first, with the Choose… button</source>
        <translation>데이터셋: 먼저 '선택…' 버튼으로 파일을 고르세요</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <location filename="../../playground/gui/playground/training.py" line="148" />
        <source>the training process could not start ({0})</source>
        <translation>학습 프로세스를 시작할 수 없습니다 ({0})</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/training.py" line="162" />
        <source>the training process did not answer</source>
        <translation>학습 프로세스가 응답하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/playground/training.py" line="210" />
        <location filename="../../playground/gui/playground/training.py" line="229" />
        <source>the training process has ended</source>
        <translation>학습 프로세스가 끝났습니다</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../playground/gui/train/controller.py" line="147" />
        <source>Loading stopped; nothing was trained.</source>
        <translation>불러오기를 멈췄습니다. 아무것도 학습하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/train/controller.py" line="151" />
        <source>Not enough memory for this run: try a smaller network or batch size.</source>
        <translation>이 실행에 필요한 메모리가 부족합니다. 더 작은 신경망이나 배치 크기로 해 보세요.</translation>
    </message>
</context>
<context>
    <name>TwoLayerView</name>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="28" />
        <source>Hidden unit s₁ (the book: NAND)</source>
        <translation>은닉 뉴런 s₁ (책: NAND)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="28" />
        <source>Hidden unit s₂ (the book: OR)</source>
        <translation>은닉 뉴런 s₂ (책: OR)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="29" />
        <source>Output unit y from s₁, s₂ (the book: AND)</source>
        <translation>s₁, s₂를 받는 출력 뉴런 y (책: AND)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="36" />
        <source>expected</source>
        <translation>기대 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="37" />
        <source>Each input, the hidden units' outputs s₁ and s₂, the network's output y and XOR's expected output</source>
        <translation>각 입력, 은닉 뉴런의 출력 s₁과 s₂, 신경망의 출력 y, XOR의 기대 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="40" />
        <source>Book's XOR</source>
        <translation>책의 XOR</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="41" />
        <source>Set the three units to the book's NAND, OR and AND</source>
        <translation>세 뉴런을 책의 NAND, OR, AND로 설정합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="44" />
        <source>Each hidden unit draws one line in the input plane. The output unit then only sees (s₁, s₂): there (1, 0) and (0, 1) land on the same spot, and one line separates XOR's classes.</source>
        <translation>은닉 뉴런은 각각 입력 평면에 직선 하나를 긋습니다. 출력 뉴런은 (s₁, s₂)만 보는데, 그곳에서는 (1, 0)과 (0, 1)이 같은 자리에 놓이므로 직선 하나로 XOR의 클래스를 나눌 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="61" />
        <source>Input plane: the lines of s₁ (black) and s₂ (purple); shading shows where y = 1. Drag a line's handles to change that unit.</source>
        <translation>입력 평면: s₁의 직선(검정)과 s₂의 직선(보라). 음영은 y = 1인 영역입니다. 직선의 손잡이를 끌면 그 뉴런이 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="65" />
        <source>Hidden plane: where each input lands as (s₁, s₂), and the output unit's line</source>
        <translation>은닉 평면: 각 입력이 (s₁, s₂)로 옮겨진 위치와 출력 뉴런의 직선</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="67" />
        <source>Input plane (x₁, x₂)</source>
        <translation>입력 평면 (x₁, x₂)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/two_layer_view.py" line="68" />
        <source>Hidden plane (s₁, s₂)</source>
        <translation>은닉 평면 (s₁, s₂)</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="75" />
        <source>The model these views show</source>
        <translation>이 화면들이 보여 주는 모델</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="76" />
        <source>Export PNG…</source>
        <translation>PNG 내보내기…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="77" />
        <source>Save the view on screen as a PNG picture</source>
        <translation>화면에 보이는 뷰를 PNG 그림으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="95" />
        <source>Hidden units</source>
        <translation>은닉 뉴런</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="96" />
        <source>What each first-layer unit of a dense network looks for, as a 28x28 picture</source>
        <translation>완전연결 신경망의 첫 번째 층 뉴런이 각각 찾는 것을 28x28 그림으로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="97" />
        <source>Conv filters</source>
        <translation>합성곱 필터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="98" />
        <source>The filters of every convolution layer</source>
        <translation>모든 합성곱 계층의 필터</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="99" />
        <source>Before / after</source>
        <translation>학습 전 / 후</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="100" />
        <source>The weights at initialisation, now, and how much they changed</source>
        <translation>초기화 시점과 현재의 가중치, 그리고 변화량</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="101" />
        <source>Activations</source>
        <translation>활성화 값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="102" />
        <source>Every layer's output for one input image</source>
        <translation>입력 이미지 하나에 대한 모든 층의 출력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="103" />
        <source>Class pictures</source>
        <translation>클래스 그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="104" />
        <source>What the network takes each class to look like</source>
        <translation>신경망이 생각하는 각 클래스의 모습</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="105" />
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="106" />
        <source>Confusion matrix, per-class accuracy and mistakes on the test set</source>
        <translation>시험 데이터에 대한 혼동 행렬, 클래스별 정확도, 오답</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="107" />
        <source>Robustness</source>
        <translation>견고성</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="108" />
        <source>Accuracy under noise, rotation and stroke thickness; a confidence threshold</source>
        <translation>잡음, 회전, 획 두께에 따른 정확도와 신뢰도 임계값</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="109" />
        <source>Layer map</source>
        <translation>층 지도</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="110" />
        <source>Test images placed by what each layer makes of them (PCA or t-SNE)</source>
        <translation>각 층이 테스트 이미지를 어떻게 보는지에 따라 배치한 지도 (PCA 또는 t-SNE)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="142" />
        <source>No model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="149" />
        <source>Model: {0}</source>
        <translation>모델: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="152" />
        <source>saved with the model</source>
        <translation>모델과 함께 저장됨</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="155" />
        <source>model {0}</source>
        <translation>모델 {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="180" />
        <source>Loading {0}…</source>
        <translation>{0} 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="193" />
        <source>Cannot load the model: {0}</source>
        <translation>모델을 불러올 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="207" />
        <source>first snapshot of this run, iteration {0:,}</source>
        <translation>이번 실행의 첫 스냅숏, 반복 {0:,}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="224" />
        <source>live training run</source>
        <translation>진행 중인 학습</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="225" />
        <source>Watching a training run: iteration {0:,}, epoch {1:.2f}</source>
        <translation>학습 지켜보는 중: 반복 {0:,}, 에폭 {1:.2f}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="248" />
        <source>Export view</source>
        <translation>뷰 내보내기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="249" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="254" />
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/panel.py" line="255" />
        <source>Could not write {0}.</source>
        <translation>{0}을(를) 쓰지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../playground/gui/weights/base.py" line="106" />
        <source>Where these weights come from</source>
        <translation>이 가중치의 출처</translation>
    </message>
    <message>
        <location filename="../../playground/gui/weights/base.py" line="111" />
        <source>Colour scale:</source>
        <translation>색 척도:</translation>
    </message>
</context>
<context>
    <name>XorCard</name>
    <message>
        <location filename="../../playground/gui/gates/xor_card.py" line="21" />
        <source>Two layers: NAND + OR → AND</source>
        <translation>2층: NAND + OR → AND</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/xor_card.py" line="22" />
        <source>The book's answer: two perceptrons feed a third</source>
        <translation>책의 해법: 퍼셉트론 두 개의 출력이 세 번째 퍼셉트론으로 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/xor_card.py" line="23" />
        <source>Single perceptron</source>
        <translation>퍼셉트론 하나</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/xor_card.py" line="24" />
        <source>Try one perceptron: no setting gets all four rows right</source>
        <translation>퍼셉트론 하나로 해 보세요. 어떻게 설정해도 네 행을 모두 맞힐 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/xor_card.py" line="25" />
        <source>Learn it: backpropagation</source>
        <translation>학습으로 찾기: 오차역전파</translation>
    </message>
    <message>
        <location filename="../../playground/gui/gates/xor_card.py" line="26" />
        <source>A 2-2-1 sigmoid network finds its own two lines by gradient descent</source>
        <translation>2-2-1 시그모이드 신경망이 경사 하강법으로 직선 두 개를 스스로 찾습니다</translation>
    </message>
</context>
<context>
    <name>draw_wording</name>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="34" />
        <source>Draw a digit</source>
        <extracomment>The class names a prompt spells out; more are left to the bars.</extracomment>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="35" />
        <source>Draw one of: {0}</source>
        <translation>다음 중 하나를 그리세요: {0}</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="40" />
        <source>Draw a digit with the mouse, touchpad or pen; drop a picture file here to read it instead</source>
        <translation>마우스, 터치패드, 펜으로 숫자를 그립니다. 그림 파일을 여기에 끌어다 놓으면 그 파일을 읽습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="41" />
        <source>Draw one of {0} with the mouse, touchpad or pen; drop a picture file here to read it instead</source>
        <translation>마우스, 터치패드, 펜으로 {0} 중 하나를 그립니다. 그림 파일을 여기에 끌어다 놓으면 그 파일을 읽습니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="47" />
        <source>No digit found: the picture is blank or one uniform shade</source>
        <translation>숫자를 찾지 못했습니다. 그림이 비어 있거나 한 가지 색뿐입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="48" />
        <source>No drawing found: the picture is blank or one uniform shade</source>
        <translation>그림을 찾지 못했습니다. 그림이 비어 있거나 한 가지 색뿐입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="54" />
        <source>or open a picture</source>
        <translation>또는 그림을 여세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="55" />
        <source>or open a picture, or press {0}</source>
        <translation>또는 그림을 열거나 '{0}'을(를) 누르세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="61" />
        <source>Resized input</source>
        <translation>크기만 줄인 입력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="62" />
        <source>The 28 x 28 image the network receives: the whole pad shrunk, as its training pictures were</source>
        <translation>신경망이 받는 28 x 28 이미지: 훈련 그림과 똑같이 패드 전체를 줄인 것입니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="64" />
        <source>The network never sees the pad, only this 28 x 28 picture. It was trained on pictures shrunk whole to 28 x 28, so the pad is shrunk the same way: nothing is cropped or moved, and where you draw matters.</source>
        <translation>신경망은 패드가 아니라 이 28 x 28 그림만 봅니다. 이 신경망은 통째로 28 x 28로 줄인 그림으로 훈련되었으므로 패드도 같은 방식으로 줄입니다. 아무것도 잘라 내거나 옮기지 않으므로 어디에 그리는지가 중요합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="67" />
        <source>MNIST-style input</source>
        <translation>MNIST 방식 입력</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="68" />
        <source>The 28 x 28 image the network receives: the ink cropped, scaled into 20 x 20 and centred by its mass</source>
        <translation>신경망이 받는 28 x 28 이미지: 잉크 부분을 잘라 20 x 20에 맞추고 질량 중심을 가운데에 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/draw/wording.py" line="70" />
        <source>The network never sees the pad, only this 28 x 28 picture. Like MNIST's digits, the ink is cropped, its strokes made as thick as MNIST's, scaled to fit 20 x 20 pixels and moved so its centre of mass sits in the middle. Shrinking the whole pad instead gives a digit of another size and place than any the network learned from.</source>
        <translation>신경망은 패드가 아니라 이 28 x 28 그림만 봅니다. MNIST 숫자처럼 잉크 부분을 잘라 내고, 획을 MNIST 숫자만큼 굵게 만들고, 20 x 20 픽셀에 맞게 크기를 조정한 뒤 질량 중심이 가운데 오도록 옮깁니다. 패드 전체를 그냥 줄이면 신경망이 학습한 어떤 숫자와도 크기와 위치가 다른 숫자가 됩니다.</translation>
    </message>
</context>
<context>
    <name>model_io</name>
    <message>
        <location filename="../../playground/gui/common/model_io.py" line="24" />
        <source>Model files (*.npz)</source>
        <translation>모델 파일 (*.npz)</translation>
    </message>
</context>
<context>
    <name>no_test_set</name>
    <message>
        <location filename="../../playground/gui/common/no_test_set.py" line="10" />
        <source>There is no test set for {0}: it was trained on {1}, which comes without one. The images its run held out for validation stay with the app only while the session that trained it lasts.</source>
        <translation>{0}에는 시험 데이터가 없습니다: 시험 데이터가 따로 없는 {1}(으)로 훈련했습니다. 훈련 때 따로 떼어 둔 검증 이미지는 그 모델을 훈련한 세션 동안만 앱에 남습니다.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../playground/gui/pages.py" line="53" />
        <source>Gates</source>
        <translation>논리 게이트</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="54" />
        <source>Logic gates as perceptrons, and why XOR needs two layers</source>
        <translation>퍼셉트론으로 만든 논리 게이트, 그리고 XOR에 층이 두 개 필요한 이유</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="57" />
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="58" />
        <source>Train a network on MNIST or Fashion-MNIST and watch it learn</source>
        <translation>MNIST나 Fashion-MNIST로 신경망을 학습시키며 학습 과정을 지켜봅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="59" />
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="60" />
        <source>Look inside the current model's weights</source>
        <translation>현재 모델의 가중치를 들여다봅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="63" />
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="64" />
        <source>Draw a digit and see what the current model reads</source>
        <translation>숫자를 그리고 현재 모델이 무엇으로 읽는지 봅니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="67" />
        <source>Concepts</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="68" />
        <source>Interactive explanations of the ideas in the books</source>
        <translation>책에 나오는 개념을 직접 조작하며 이해합니다</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="61" />
        <source>Inside</source>
        <translation>내부</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="62" />
        <source>The arithmetic of one image, a neuron lab and convolution step by step</source>
        <translation>이미지 한 장의 계산, 뉴런 실험실, 한 단계씩 보는 합성곱</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="55" />
        <source>Playground</source>
        <translation>플레이그라운드</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="56" />
        <source>Watch a small network carve the plane, as in TensorFlow Playground</source>
        <translation>TensorFlow Playground처럼 작은 신경망이 평면을 나누는 모습을 지켜보세요</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="65" />
        <source>Your classes</source>
        <translation>내 클래스</translation>
    </message>
    <message>
        <location filename="../../playground/gui/pages.py" line="66" />
        <source>Name your own classes, draw examples, train and watch it read new drawings</source>
        <translation>나만의 클래스를 정하고 예시를 그려 훈련한 뒤, 새 그림을 읽는 모습을 보세요</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../playground/engine/presets.py" line="69" />
        <source>Rashid's sigmoid net (784-200-10)</source>
        <translation>Rashid의 시그모이드 신경망 (784-200-10)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="70" />
        <source>Make Your Own Neural Network: one sigmoid hidden layer, no biases, squared error on 0.01/0.99 targets, trained one image at a time with the book's update rule (output errors sent back through the weights without the output sigmoid's slope).</source>
        <translation>『신경망 첫걸음(Make Your Own Neural Network)』: 시그모이드 은닉층 하나, 편향 없음, 0.01/0.99 목표값에 대한 제곱 오차. 책의 갱신 규칙(출력 오차를 출력 시그모이드의 기울기 없이 가중치를 거쳐 되돌려 보냄)으로 이미지 한 장씩 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="83" />
        <source>Two-layer net (784-50-10)</source>
        <translation>2층 신경망 (784-50-10)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="84" />
        <source>Deep Learning from Scratch ch. 4-5 TwoLayerNet: sigmoid hidden layer, softmax with cross-entropy, mini-batch gradient descent.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 4-5장의 TwoLayerNet: 시그모이드 은닉층, 소프트맥스와 교차 엔트로피, 미니배치 경사 하강법.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="95" />
        <source>Modern MLP (784-512-512-10)</source>
        <translation>현대식 MLP (784-512-512-10)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="96" />
        <source>ReLU, batch normalisation and dropout, trained with Adam, a cosine learning-rate schedule and rotation/shift augmentation: about as good as a plain MLP gets.</source>
        <translation>ReLU, 배치 정규화와 드롭아웃. Adam, 코사인 학습률 스케줄, 회전·이동 증강으로 학습합니다: 평범한 MLP가 낼 수 있는 최고 수준에 가깝습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="150" />
        <source>Simple CNN (conv 30x5x5, pool, 100, 10)</source>
        <extracomment>Augmentation beyond MNIST's looks, for networks that read the Draw pad (see engine/data/augment.py): other hands' shapes (elastic), 16-pixel and binary scans, and the pad's uniform stroke width. Share of the 1s, 7s, 4s and 9s given the pen styles MNIST lacks (see engine/data/penstyles.py).</extracomment>
        <translation>간단한 CNN (합성곱 30x5x5, 풀링, 100, 10)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="151" />
        <source>Deep Learning from Scratch ch. 7 SimpleConvNet: one convolution of 30 5x5 filters, ReLU, 2x2 max pooling, a 100-unit ReLU layer and softmax. He initialisation and light augmentation with a cosine schedule take it past 99 % on MNIST.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 7장의 SimpleConvNet: 5x5 필터 30개의 합성곱 하나, ReLU, 2x2 최대 풀링, 100개 유닛의 ReLU 층과 소프트맥스. He 초기화, 가벼운 증강과 코사인 스케줄로 MNIST에서 99 %를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="170" />
        <source>Fast track CNN (conv 8, conv 16, 128, 10)</source>
        <translation>빠른 길 CNN (합성곱 8, 합성곱 16, 128, 10)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="171" />
        <source>A small CNN that reaches 99 % on the MNIST test images in about half a minute: two 3x3 'same' convolutions (8 and 16 filters) each followed by ReLU and 2x2 max pooling, a 128-unit ReLU layer and softmax, three epochs of Adam whose rate climbs for the first third of an epoch and then falls along a cosine, images shifted by up to a pixel.</source>
        <translation>30초 남짓이면 MNIST 테스트 이미지에서 99 %에 이르는 작은 CNN: 3x3 'same' 합성곱 두 개(필터 8개와 16개), 각각 뒤에 ReLU와 2x2 최대 풀링, 128개 유닛의 ReLU 층과 소프트맥스. Adam으로 3 에포크 학습하며, 학습률은 첫 에포크의 3분의 1 동안 오르고 그 뒤 코사인을 따라 내려갑니다. 이미지는 최대 1픽셀 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="198" />
        <source>Deep CNN (6 conv layers, as in ch. 8)</source>
        <translation>깊은 CNN (8장처럼 합성곱 6층)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="199" />
        <source>Deep Learning from Scratch ch. 8 DeepConvNet: six 3x3 convolutions (16, 16, 32, 32, 64, 64 filters) with ReLU and three 2x2 max poolings, a 50-unit layer, dropout 0.5 before and after the output layer as in the book, He initialisation and Adam.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』 8장의 DeepConvNet: ReLU를 쓰는 3x3 합성곱 여섯 개(필터 16, 16, 32, 32, 64, 64개)와 2x2 최대 풀링 세 번, 50개 유닛의 층, 책처럼 출력층 앞뒤의 드롭아웃 0.5, He 초기화와 Adam.</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="220" />
        <source>Keras-style CNN (conv 32, conv 64, 100, 10)</source>
        <translation>Keras 방식 CNN (합성곱 32, 합성곱 64, 100, 10)</translation>
    </message>
    <message>
        <location filename="../../playground/engine/presets.py" line="221" />
        <source>The Fashion-MNIST convolutional network of the Keras book: two 3x3 'same' convolutions (32 and 64 filters) each followed by ReLU and 2x2 max pooling, a 100-unit ReLU layer, dropout 0.4 and softmax, trained with Adam.</source>
        <translation>Keras 책의 Fashion-MNIST 합성곱 신경망: 3x3 'same' 합성곱 두 개(필터 32개와 64개), 각각 뒤에 ReLU와 2x2 최대 풀링, 100개 유닛의 ReLU 층, 드롭아웃 0.4와 소프트맥스. Adam으로 학습합니다.</translation>
    </message>
</context>
<context>
    <name>skip_reasons</name>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="18" />
        <source>empty file (0 bytes), not a picture</source>
        <translation>빈 파일 (0바이트), 그림이 아님</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="19" />
        <source>not a picture file (PNG, JPEG, BMP, GIF, TIFF or WebP)</source>
        <translation>그림 파일이 아님 (PNG, JPEG, BMP, GIF, TIFF, WebP)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="20" />
        <source>not a picture file (its name does not end in a picture format)</source>
        <translation>그림 파일이 아님 (이름이 그림 형식의 확장자로 끝나지 않음)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="21" />
        <source>damaged or truncated picture</source>
        <translation>손상되었거나 잘린 그림</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="22" />
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="23" />
        <source>too large to open safely</source>
        <translation>너무 커서 안전하게 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="24" />
        <source>too small to hold a drawing (at least 8 x 8 pixels)</source>
        <translation>그림을 담기에 너무 작음 (최소 8 x 8 픽셀)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="25" />
        <source>blank picture: nothing stands out from the background</source>
        <translation>빈 그림: 배경에서 두드러지는 것이 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="26" />
        <source>cannot be used as a picture</source>
        <translation>그림으로 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="27" />
        <source>the file name holds no digits giving its label (like my_own_3.png)</source>
        <translation>파일 이름에 레이블을 나타내는 숫자가 없음 (my_own_3.png처럼)</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="28" />
        <source>the name gives a label outside 0..9</source>
        <translation>이름이 0..9 범위 밖의 레이블을 가리킴</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="29" />
        <source>class folder holds no readable picture</source>
        <translation>클래스 폴더에 읽을 수 있는 그림이 없음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="30" />
        <source>kept without the pad's picture, so only its MNIST-style image exists</source>
        <translation>패드의 그림 없이 보관되어 MNIST 방식 이미지만 있음</translation>
    </message>
    <message>
        <location filename="../../playground/gui/common/skip_reasons.py" line="31" />
        <source>the kept drawing cannot be read</source>
        <translation>보관한 그림을 읽을 수 없음</translation>
    </message>
</context>
</TS>
