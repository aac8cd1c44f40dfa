/**
 * The code lesson's strings, in English and Arabic (same keys). Inside Arabic sentences a
 * formula sits between U+2066 and U+2069 (a left-to-right isolate), so "(y − p)²" keeps its
 * order instead of being mirrored by the right-to-left text around it.
 */
import type { LessonMessages } from '../../ui/i18n';

type Key =
  | 'loop.title'
  | 'loop.intro'
  | 'loop.intro@embed'
  | 'loop.typescript'
  | 'loop.python'
  | 'loop.stage.forward'
  | 'loop.stage.loss'
  | 'loop.stage.backprop'
  | 'loop.stage.update'
  | 'loop.now'
  | 'loop.idle'
  | 'loop.stale'
  | 'loop.stale@embed'
  | 'loop.variables'
  | 'loop.gradientNote'
  | 'loop.notArticle'
  | 'loop.notArticle@embed'
  | 'run.title'
  | 'run.intro'
  | 'run.learningRate'
  | 'run.epochs'
  | 'run.epochsHint'
  | 'run.activation'
  | 'run.activation.clip'
  | 'run.activation.linear'
  | 'run.activation.sigmoid'
  | 'run.printEvery'
  | 'run.examples'
  | 'run.examplesHint'
  | 'run.example'
  | 'run.x1'
  | 'run.x2'
  | 'run.label'
  | 'run.label1'
  | 'run.label0'
  | 'run.remove'
  | 'run.add'
  | 'run.run'
  | 'run.articleSettings'
  | 'run.running'
  | 'run.output'
  | 'run.lines'
  | 'run.stale'
  | 'run.command'
  | 'problem.learningRate'
  | 'problem.epochs'
  | 'problem.printEvery'
  | 'problem.tooMany'
  | 'problem.example'
  | 'compare.title'
  | 'compare.intro'
  | 'compare.what'
  | 'compare.article'
  | 'compare.real'
  | 'compare.epoch0Loss'
  | 'compare.epoch0Weights'
  | 'compare.lastLine'
  | 'compare.lastLineValue'
  | 'compare.prediction'
  | 'compare.lossWhy'
  | 'compare.lineWhy'
  | 'compare.predictionSame'
  | 'compare.predictionDiffers'
  | 'compare.waiting'
  | 'bounce.title'
  | 'bounce.expected'
  | 'bounce.blewUp'
  | 'bounce.grew'
  | 'bounce.bounced'
  | 'bounce.settled'
  | 'bounce.fell'
  | 'bounce.whyClip'
  | 'bounce.whyLinear'
  | 'bounce.noRise'
  | 'bounce.noRiseSparse'
  | 'bounce.tryLinear'
  | 'bounce.tryLinearEveryEpoch'
  | 'bounce.tryLinearEvery'
  | 'bounce.tryClip';

export const messages = {
  en: {
    'loop.title': 'The loop in code',
    'loop.intro':
      'The article’s neuron trained one example at a time, in TypeScript and in Python. The lines the engine has just run are marked; step the main run to move the mark.',
    // Embedded, the widget shows the Python listing only, under its own bar (the "main run").
    'loop.intro@embed':
      'The article’s program trains its neuron one example at a time. The lines the engine has just run are marked; press Next stage to move the mark.',
    'loop.typescript': 'TypeScript',
    'loop.python': 'Python',
    'loop.stage.forward': 'forward',
    'loop.stage.loss': 'loss',
    'loop.stage.backprop': 'backprop',
    'loop.stage.update': 'update',
    'loop.now': 'The engine just ran the {stage} lines for sample {sample} of epoch {epoch}.',
    'loop.idle': 'Nothing has run yet: press Next stage to run the first line of the loop body.',
    'loop.stale':
      'The main run has moved on without stepping; press Next stage to follow it line by line.',
    'loop.stale@embed':
      'The run has moved on without stepping; press Next stage to follow it line by line.',
    'loop.variables': 'The variables after that stage, from the engine',
    'loop.gradientNote':
      'The program reports (y − p)² but moves the weights by p − y, the slope of half that loss; the factor 2 is folded into the learning rate. The clip’s slope is taken as 1, exactly as the program does.',
    'loop.notArticle':
      'The main run is set to a different network now. The marked stage still follows it, but the variables below belong to the article’s neuron only.',
    'loop.notArticle@embed':
      'The run above is set to a different network. The marked stage still follows it, but the variables below belong to the article’s neuron only.',
    'run.title': 'Run the article’s program',
    'run.intro':
      'The engine runs the article’s Python program with numpy’s exact arithmetic and shows what it prints, character for character.',
    'run.learningRate': 'Learning rate',
    'run.epochs': 'Epochs',
    'run.epochsHint': 'up to {max} here',
    'run.activation': 'Activation',
    'run.activation.clip': 'clip to 0…1 (the article’s)',
    'run.activation.linear': 'linear (no clip)',
    'run.activation.sigmoid': 'sigmoid',
    'run.printEvery': 'Print every … epochs',
    'run.examples': 'Added training examples',
    'run.examplesHint': 'They join the article’s four devices, in this order.',
    'run.example': 'Example {n}',
    'run.x1': 'Price x1',
    'run.x2': 'Weight x2',
    'run.label': 'Label',
    'run.label1': '1 (glasses)',
    'run.label0': '0 (ring)',
    'run.remove': 'Remove example {n}',
    'run.add': 'Add an example',
    'run.run': 'Run the article’s program',
    'run.articleSettings': 'Back to the article’s settings',
    'run.running': 'Running…',
    'run.output': 'What the program prints',
    'run.lines': '{n} lines printed.',
    'run.stale': 'The settings have changed since this output: run again to update it.',
    'run.command': 'The same run on the command line:',
    'problem.learningRate': 'The learning rate must be a number above 0 and at most {max}.',
    'problem.epochs': 'Epochs must be a whole number from 1 to {max}.',
    'problem.printEvery': 'Print every must be a whole number of at least 1.',
    'problem.tooMany': 'At most {max} added examples.',
    'problem.example': 'Example {n} needs a number for both the price and the weight.',
    'compare.title': 'The article’s printout and the real one',
    'compare.intro':
      'Under its program the article shows an output listing. Running that same program with the same settings prints something else. The right-hand column is the engine’s run of the article’s own settings.',
    'compare.what': 'What',
    'compare.article': 'Article shows',
    'compare.real': 'Program prints',
    'compare.epoch0Loss': 'Loss after epoch 0',
    'compare.epoch0Weights': 'Weights after epoch 0',
    'compare.lastLine': 'Last epoch line',
    'compare.lastLineValue': 'epoch {epoch}, loss {loss}',
    'compare.prediction': 'The new device',
    'compare.lossWhy':
      'The first line already disagrees: the four squared errors of the first epoch add up to {real}, not 0.4823, and the weights after it are different too.',
    'compare.lineWhy':
      'The program prints only when the epoch number divides by 25, so it prints epochs {printed}. Epoch 99 never passes that test, so the listing’s final line cannot come from this code.',
    'compare.predictionSame': 'The prediction for the new device does match the article: {real}.',
    'compare.predictionDiffers':
      'The prediction for the new device differs as well: the program prints {real}.',
    'compare.waiting':
      'Run the program with the article’s settings to compare its real output with the article’s.',
    'bounce.title': 'Did it bounce?',
    'bounce.expected':
      'The article expects a rate of {rate} to be too big: the loss should overshoot and bounce. The printout above says:',
    'bounce.blewUp':
      'It blew up: by epoch {epoch} the loss was no longer a number (printed {value}).',
    'bounce.grew':
      'It bounced and grew: the loss went from {from} at epoch {a} to {to} at epoch {b}.',
    'bounce.bounced':
      'It bounced: the loss went up from {from} at epoch {a} to {to} at epoch {b}, then came back down to {last} by epoch {c}.',
    'bounce.settled':
      'It did not bounce: the loss fell to {loss} by epoch {epoch} and stayed there.',
    'bounce.fell':
      'It did not bounce: the loss only went down, to {loss} at epoch {epoch}, the last one printed.',
    'bounce.whyClip':
      'Why: the article’s neuron clips its output to 0…1. When a step is too big for a glasses device, its raw output passes 1 and the clip holds it at 1, so the error there is 0 and the next step is 0. A ring pushed below 0 is held at 0 the same way. The overshoot lands on flat ground and nothing swings it back; once every device sits past its label, every error is exactly 0 and the weights stop moving. That is what stops the bouncing the article expects.',
    'bounce.whyLinear':
      'Without the clip nothing absorbs the overshoot: a step that passes the label leaves an error of the opposite sign, so the next step swings back, and at a big enough rate each swing is larger than the last.',
    'bounce.noRise': 'Even without the clip, the loss never went up at this rate.',
    'bounce.noRiseSparse':
      'No rise shows in these lines, but a rise between two printed epochs would not show: print every epoch to see each one.',
    'bounce.tryLinear': 'Run it without the clip',
    'bounce.tryLinearEveryEpoch':
      'Same rate, epochs and examples with the linear neuron, printed every epoch so no rise hides between the lines.',
    'bounce.tryLinearEvery':
      'Same rate, epochs and examples with the linear neuron, printed every {every} epochs.',
    'bounce.tryClip': 'Run it with the clip (the article’s neuron)',
  },
  ar: {
    'loop.title': 'الحلقة في الشيفرة',
    'loop.intro':
      'عصبون المقال يتدرّب على مثال واحد في كل مرة، بلغتي TypeScript وPython. الأسطر التي نفّذها المحرّك للتو معلَّمة؛ تقدّم بالتشغيل الرئيسي لتتحرك العلامة.',
    'loop.intro@embed':
      'يدرّب برنامج المقال عصبونه على مثال واحد في كل مرة. الأسطر التي نفّذها المحرّك للتو معلَّمة؛ اضغط «المرحلة التالية» لتتحرك العلامة.',
    'loop.typescript': 'TypeScript',
    'loop.python': 'Python',
    'loop.stage.forward': 'أمامي',
    'loop.stage.loss': 'خسارة',
    'loop.stage.backprop': 'انتشار عكسي',
    'loop.stage.update': 'تحديث',
    'loop.now': 'نفّذ المحرّك للتو أسطر «{stage}» للعينة {sample} من الحقبة {epoch}.',
    'loop.idle': 'لم يُنفَّذ شيء بعد: اضغط «المرحلة التالية» لتشغيل أول سطر في جسم الحلقة.',
    'loop.stale': 'تقدّم التشغيل الرئيسي دون خطوات؛ اضغط «المرحلة التالية» لتتبعه سطرًا سطرًا.',
    'loop.stale@embed': 'تقدّم التشغيل دون خطوات؛ اضغط «المرحلة التالية» لتتبعه سطرًا سطرًا.',
    'loop.variables': 'قيم المتغيرات بعد تلك المرحلة، من المحرّك',
    'loop.gradientNote':
      'يطبع البرنامج \u2066(y − p)²\u2069 لكنه يحرّك الأوزان بمقدار \u2066p − y\u2069، وهو ميل نصف تلك الخسارة؛ العامل 2 مدمج في معدل التعلّم. ويُعامَل ميل القصّ على أنه 1، تمامًا كما يفعل البرنامج.',
    'loop.notArticle':
      'التشغيل الرئيسي مضبوط الآن على شبكة أخرى. المرحلة المعلَّمة ما زالت تتبعه، لكن المتغيرات أدناه تخص عصبون المقال وحده.',
    'loop.notArticle@embed':
      'التشغيل أعلاه مضبوط على شبكة أخرى. المرحلة المعلَّمة ما زالت تتبعه، لكن المتغيرات أدناه تخص عصبون المقال وحده.',
    'run.title': 'شغّل برنامج المقال',
    'run.intro':
      'يشغّل المحرّك برنامج Python الوارد في المقال بحساب numpy الدقيق، ويعرض ما يطبعه حرفًا بحرف.',
    'run.learningRate': 'معدل التعلّم',
    'run.epochs': 'الحِقب',
    'run.epochsHint': 'حتى {max} هنا',
    'run.activation': 'دالة التفعيل',
    'run.activation.clip': 'قصّ إلى 0…1 (كما في المقال)',
    'run.activation.linear': 'خطية (بلا قصّ)',
    'run.activation.sigmoid': 'سيغمويد',
    'run.printEvery': 'اطبع كل … حقبة',
    'run.examples': 'أمثلة تدريب مضافة',
    'run.examplesHint': 'تنضم إلى أجهزة المقال الأربعة، بهذا الترتيب.',
    'run.example': 'المثال {n}',
    'run.x1': 'السعر x1',
    'run.x2': 'الوزن x2',
    'run.label': 'التسمية',
    'run.label1': '1 (نظارة)',
    'run.label0': '0 (خاتم)',
    'run.remove': 'احذف المثال {n}',
    'run.add': 'أضف مثالًا',
    'run.run': 'شغّل برنامج المقال',
    'run.articleSettings': 'عُد إلى إعدادات المقال',
    'run.running': 'جارٍ التشغيل…',
    'run.output': 'ما يطبعه البرنامج',
    'run.lines': 'طُبع {n} سطرًا.',
    'run.stale': 'تغيّرت الإعدادات منذ هذا الناتج: شغّل مجددًا لتحديثه.',
    'run.command': 'التشغيل نفسه من سطر الأوامر:',
    'problem.learningRate': 'يجب أن يكون معدل التعلّم عددًا أكبر من 0 ولا يتجاوز {max}.',
    'problem.epochs': 'يجب أن تكون الحِقب عددًا صحيحًا من 1 إلى {max}.',
    'problem.printEvery': 'يجب أن تكون فترة الطباعة عددًا صحيحًا لا يقل عن 1.',
    'problem.tooMany': 'لا يزيد عدد الأمثلة المضافة على {max}.',
    'problem.example': 'المثال {n} يحتاج إلى عدد لكل من السعر والوزن.',
    'compare.title': 'مخرجات المقال والمخرجات الحقيقية',
    'compare.intro':
      'يعرض المقال تحت برنامجه قائمة مخرجات. لكن تشغيل البرنامج نفسه بالإعدادات نفسها يطبع شيئًا آخر. العمود الأخير هو تشغيل المحرّك لإعدادات المقال نفسها.',
    'compare.what': 'البند',
    'compare.article': 'ما يعرضه المقال',
    'compare.real': 'ما يطبعه البرنامج',
    'compare.epoch0Loss': 'الخسارة بعد الحقبة 0',
    'compare.epoch0Weights': 'الأوزان بعد الحقبة 0',
    'compare.lastLine': 'آخر سطر لحقبة',
    'compare.lastLineValue': 'الحقبة {epoch}، الخسارة {loss}',
    'compare.prediction': 'الجهاز الجديد',
    'compare.lossWhy':
      'السطر الأول يختلف منذ البداية: مربعات الأخطاء الأربعة في الحقبة الأولى مجموعها {real} وليس 0.4823، والأوزان بعدها مختلفة أيضًا.',
    'compare.lineWhy':
      'لا يطبع البرنامج إلا حين يقبل رقم الحقبة القسمة على 25، فيطبع الحِقب {printed}. الحقبة 99 لا تحقق هذا الشرط أبدًا، لذا لا يمكن أن يصدر السطر الأخير في قائمة المقال عن هذه الشيفرة.',
    'compare.predictionSame': 'أما التنبؤ للجهاز الجديد فيطابق المقال: {real}.',
    'compare.predictionDiffers': 'والتنبؤ للجهاز الجديد مختلف كذلك: يطبع البرنامج {real}.',
    'compare.waiting': 'شغّل البرنامج بإعدادات المقال لتقارن مخرجاته الحقيقية بما في المقال.',
    'bounce.title': 'هل ارتدّت الخسارة؟',
    'bounce.expected':
      'يتوقع المقال أن يكون المعدل {rate} أكبر من اللازم: أن تتخطى الخسارة القاع وترتدّ. وهذا ما تقوله المخرجات أعلاه:',
    'bounce.blewUp': 'انفجرت: بحلول الحقبة {epoch} لم تعد الخسارة عددًا (طُبعت {value}).',
    'bounce.grew': 'ارتدّت وكبرت: انتقلت الخسارة من {from} في الحقبة {a} إلى {to} في الحقبة {b}.',
    'bounce.bounced':
      'ارتدّت: صعدت الخسارة من {from} في الحقبة {a} إلى {to} في الحقبة {b}، ثم عادت فنزلت إلى {last} بحلول الحقبة {c}.',
    'bounce.settled': 'لم ترتدّ: نزلت الخسارة إلى {loss} بحلول الحقبة {epoch} وبقيت هناك.',
    'bounce.fell': 'لم ترتدّ: الخسارة نزلت فقط، حتى {loss} في الحقبة {epoch}، آخر حقبة مطبوعة.',
    'bounce.whyClip':
      'السبب: عصبون المقال يقصّ مخرجه إلى المجال 0…1. حين تكون الخطوة أكبر من اللازم لجهاز نظارة، يتجاوز مخرجه الخام 1 فيثبّته القصّ عند 1، فيصير الخطأ هناك 0 والخطوة التالية 0. والخاتم الذي يُدفع تحت 0 يُثبَّت عند 0 بالطريقة نفسها. يقع التجاوز على أرض مستوية ولا شيء يعيده إلى الجهة الأخرى؛ وحين يستقر كل جهاز خلف تسميته تصير كل الأخطاء 0 تمامًا وتتوقف الأوزان عن الحركة. هذا ما يمنع الارتداد الذي يتوقعه المقال.',
    'bounce.whyLinear':
      'بلا قصّ لا شيء يمتص التجاوز: الخطوة التي تتخطى التسمية تترك خطأً بالإشارة المعاكسة، فترجع الخطوة التالية في الاتجاه الآخر، ومع معدل كبير بما يكفي تكون كل أرجحة أكبر من سابقتها.',
    'bounce.noRise': 'حتى بلا قصّ، لم ترتفع الخسارة قط عند هذا المعدل.',
    'bounce.noRiseSparse':
      'لا يظهر أي ارتفاع في هذه الأسطر، لكن الارتفاع بين حقبتين مطبوعتين لا يظهر: اطبع كل حقبة لترى كل ارتفاع.',
    'bounce.tryLinear': 'شغّله بلا قصّ',
    'bounce.tryLinearEveryEpoch':
      'المعدل والحِقب والأمثلة نفسها مع العصبون الخطي، مطبوعةً كل حقبة كي لا يختبئ ارتفاع بين الأسطر.',
    'bounce.tryLinearEvery':
      'المعدل والحِقب والأمثلة نفسها مع العصبون الخطي، مطبوعةً كل {every} حقبة.',
    'bounce.tryClip': 'شغّله مع القصّ (عصبون المقال)',
  },
} as const satisfies LessonMessages<Key>;
