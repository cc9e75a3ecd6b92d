<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application for DSN codes (Appendix 1)</source>
        <translation>ДСН-кодтарын беруге арналған өтінім (1-қосымша)</translation>
    </message>
    <message>
        <source>Application for DSN codes for petroleum products (Appendix 1)</source>
        <translation>Мұнай өнімдеріне ДСН-кодтарын беруге арналған өтінім (1-қосымша)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>&amp;Queue ticket:</source>
        <translation>&amp;Кезек талоны:</translation>
    </message>
    <message>
        <source>&amp;Department addressed:</source>
        <translation>Өтінім жолданатын &amp;департамент:</translation>
    </message>
    <message>
        <source>Taxpayer &amp;name:</source>
        <translation>Салық төлеушінің ата&amp;уы:</translation>
    </message>
    <message>
        <source>&amp;IIN/BIN:</source>
        <translation>ЖСН/&amp;БСН:</translation>
    </message>
    <message>
        <source>Subject &amp;type:</source>
        <translation>Субъектінің &amp;түрі:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Мұнай өнімдері</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Мұнай өнімінің түрі</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Мұнай өнімінің атауы</translation>
    </message>
    <message>
        <source>Technical specification (GOST, TU, ...)</source>
        <translation>Техникалық сипаттама (МЕМСТ, ТШ және т.б.)</translation>
    </message>
    <message>
        <source>Add row (Ins)</source>
        <translation>Жол қосу (Ins)</translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Del)</source>
        <translation>Жолды жою (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Head of the subject</source>
        <translation>Субъектінің басшысы</translation>
    </message>
    <message>
        <source>&amp;Save and print receipt (Ctrl+S)</source>
        <translation>&amp;Сақтау және қолхатты басып шығару (Ctrl+S)</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>&amp;Қабылдау тәсілі:</translation>
    </message>
    <message>
        <source>Application dat&amp;e:</source>
        <translation>Өтінім к&amp;үні:</translation>
    </message>
    <message>
        <source>Producing c&amp;ountry:</source>
        <translation>Өндіруші &amp;ел:</translation>
    </message>
    <message>
        <source>Territorial &amp;unit:</source>
        <translation>&amp;Әкімшілік-аумақтық бірлік:</translation>
    </message>
    <message>
        <source>Head (surname, name, &amp;patronymic):</source>
        <translation>Бас&amp;шы (тегі, аты, әкесінің аты):</translation>
    </message>
    <message>
        <source>Clea&amp;r form</source>
        <translation>Нысанды та&amp;зарту</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Өтінім</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Іс нөмірі:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Қабылданған уақыты:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Қабылдаған қызметкер:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Бөлімше:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Тіркелген уақыты:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Department addressed:</source>
        <translation>Өтінім жолданатын департамент:</translation>
    </message>
    <message>
        <source>Application date:</source>
        <translation>Өтінім күні:</translation>
    </message>
    <message>
        <source>Taxpayer name:</source>
        <translation>Салық төлеушінің атауы:</translation>
    </message>
    <message>
        <source>IIN/BIN:</source>
        <translation>ЖСН/БСН:</translation>
    </message>
    <message>
        <source>Subject type:</source>
        <translation>Субъектінің түрі:</translation>
    </message>
    <message>
        <source>Country of production:</source>
        <translation>Өндіруші ел:</translation>
    </message>
    <message>
        <source>Territorial unit:</source>
        <translation>Әкімшілік-аумақтық бірлік:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Басшы:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Қабылдау тәсілі:</translation>
    </message>
    <message>
        <source>Queue ticket:</source>
        <translation>Кезек талоны:</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Мұнай өнімдері</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>Printed &amp;documents</source>
        <translation>Басып шығарылған &amp;құжаттар</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>І&amp;здеу:</translation>
    </message>
    <message>
        <source>Case number, IIN/BIN, taxpayer or product</source>
        <translation>Іс нөмірі, ЖСН/БСН, салық төлеуші немесе мұнай өнімі</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation>Қабылданған күні, &amp;бастап:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;дейін:</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Тек мерзімі &amp;өткендер</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>DSN Workstation</source>
        <translation>«ДСН-код» жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DSN Workstation</source>
        <translation>«ДСН-код» жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>&amp;Жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>Ә&amp;кімшілік</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Жаңа өтінім</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>Қолхатты &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пайдаланушылар…</translation>
    </message>
    <message>
        <source>&amp;Audit check</source>
        <translation>&amp;Аудит журналын тексеру</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Send waiting applications to the office and fetch its decisions now (F5)</source>
        <translation>Жіберуді күтіп тұрған өтінімдерді орталық серверге дереу жіберу және оның шешімдерін алу (F5)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Бұғаттау</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Бағдарламаны &amp;жабу</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
</context>
<context>
    <name>dsn::Action</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтінім</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Қолхатты басып шығару</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>Аудит журналын тексеру</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Жүйеден шығу</translation>
    </message>
</context>
<context>
    <name>dsn::Application</name>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Мәтін тым ұзын: ең көбі %n таңба.</numerusform>
            <numerusform>Мәтін тым ұзын: ең көбі %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the State Revenue Department.</source>
        <translation>Мемлекеттік кірістер департаментін таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no State Revenue Department with code %1.</source>
        <translation>%1 коды бар Мемлекеттік кірістер департаменті жоқ.</translation>
    </message>
    <message>
        <source>The State Revenue Department %1 no longer exists; choose the current one.</source>
        <translation>%1 Мемлекеттік кірістер департаменті енді қызмет етпейді; қолданыстағы департаментті таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the date of the application.</source>
        <translation>Өтінімнің күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The application is dated after the day it was received.</source>
        <translation>Өтінімнің күні оның қабылданған күнінен кейінгі күн болып тұр.</translation>
    </message>
    <message>
        <source>Enter the taxpayer&apos;s name.</source>
        <translation>Салық төлеушінің атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose whether the subject is a producer or an importer.</source>
        <translation>Субъектінің түрін таңдаңыз: өндіруші немесе импорттаушы.</translation>
    </message>
    <message>
        <source>Choose the producing country.</source>
        <translation>Өндіруші елді таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no producing country with code %1.</source>
        <translation>%1 коды бар өндіруші ел жоқ.</translation>
    </message>
    <message>
        <source>Choose the administrative-territorial unit of the subject.</source>
        <translation>Субъектінің әкімшілік-аумақтық бірлігін таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no administrative-territorial unit with code %1.</source>
        <translation>%1 коды бар әкімшілік-аумақтық бірлік жоқ.</translation>
    </message>
    <message>
        <source>Enter the head&apos;s full name.</source>
        <translation>Басшының тегін, атын, әкесінің атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the date and time of receipt.</source>
        <translation>Өтінімнің қабылданған күні мен уақытын енгізіңіз.</translation>
    </message>
    <message>
        <source>The time of receipt is before %1, when the Rules for assigning DSN codes (Order No. 579 of 8 June 2020) took force.</source>
        <translation>Қабылдау уақыты ДСН-кодтарын беру қағидалары (2020 жылғы 8 маусымдағы № 579 бұйрық) күшіне енген уақыттан (%1) ерте.</translation>
    </message>
    <message>
        <source>The time of receipt is in the future.</source>
        <translation>Қабылдау уақыты болашақ уақыт болып көрсетілген.</translation>
    </message>
    <message numerus="yes">
        <source>The queue ticket is too long: at most %n characters.</source>
        <translation>
            <numerusform>Кезек талонының нөмірі тым ұзын: ең көбі %n таңба.</numerusform>
            <numerusform>Кезек талонының нөмірі тым ұзын: ең көбі %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one product.</source>
        <translation>Кемінде бір мұнай өнімін қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many products: at most %n in one application.</source>
        <translation>
            <numerusform>Мұнай өнімдері тым көп: бір өтінімде ең көбі %n өнім болуы мүмкін.</numerusform>
            <numerusform>Мұнай өнімдері тым көп: бір өтінімде ең көбі %n өнім болуы мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: choose a product type from 1 to 4.</source>
        <translation>%1-жол: мұнай өнімінің түрін 1-ден 4-ке дейін таңдаңыз.</translation>
    </message>
    <message>
        <source>Line %1: enter the product name.</source>
        <translation>%1-жол: мұнай өнімінің атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Line %1: the product name is too long.</source>
        <translation>%1-жол: мұнай өнімінің атауы тым ұзын.</translation>
    </message>
    <message>
        <source>Line %1: enter the technical specification (GOST, technical conditions).</source>
        <translation>%1-жол: техникалық сипаттаманы (МЕМСТ, техникалық шарттар) енгізіңіз.</translation>
    </message>
    <message>
        <source>Line %1: the technical specification is too long.</source>
        <translation>%1-жол: техникалық сипаттама тым ұзын.</translation>
    </message>
    <message>
        <source>Line %1 repeats a product of the same type and name.</source>
        <translation>%1-жолда түрі мен атауы бірдей мұнай өнімі қайталанады.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit %1 (%2) no longer exists: its code stays only in DSN codes given before. Choose the unit the subject belongs to now.</source>
        <translation>%1 әкімшілік-аумақтық бірлігі (%2) енді жоқ: оның коды бұрын берілген ДСН-кодтарда ғана сақталады. Субъект қазір орналасқан бірлікті таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>dsn::ApplicationJson</name>
    <message>
        <source>The key is missing.</source>
        <translation>Кілт көрсетілмеген.</translation>
    </message>
    <message>
        <source>Expected a text string.</source>
        <translation>Мәтін жолы күтілген.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Бүтін сан күтілген.</translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation>Белгісіз кілт.</translation>
    </message>
    <message>
        <source>Expected &quot;producer&quot; or &quot;importer&quot;.</source>
        <translation>&quot;producer&quot; немесе &quot;importer&quot; мәні күтілген.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 date and time, for example 2025-03-04T10:15:00+05:00.</source>
        <translation>ISO 8601 форматындағы күн мен уақыт күтілген, мысалы, 2025-03-04T10:15:00+05:00.</translation>
    </message>
    <message>
        <source>Expected &quot;counter&quot; or &quot;home&quot;.</source>
        <translation>&quot;counter&quot; немесе &quot;home&quot; мәні күтілген.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 date, for example 2025-03-04.</source>
        <translation>ISO 8601 форматындағы күн күтілген, мысалы, 2025-03-04.</translation>
    </message>
    <message>
        <source>Expected a list of products.</source>
        <translation>Мұнай өнімдерінің тізімі күтілген.</translation>
    </message>
    <message>
        <source>Expected an object with type, name and spec.</source>
        <translation>type, name және spec өрістері бар объект күтілген.</translation>
    </message>
    <message>
        <source>Expected one application as a JSON object.</source>
        <translation>JSON объектісі түріндегі бір өтінім күтілген.</translation>
    </message>
</context>
<context>
    <name>dsn::AuditAnchor</name>
    <message>
        <source>entry %1, anchored by the office on %2, is missing here: entries were removed.</source>
        <translation>орталық сервер %2 бақылау нүктесі ретінде тіркеген %1 жазба мұнда жоқ: жазбалар жойылған.</translation>
    </message>
    <message>
        <source>entry %1 does not have the hash the office anchored on %2: entries up to it were changed, removed or re-chained.</source>
        <translation>%1 жазбасының хеші орталық сервер %2 бақылау нүктесінде тіркеген хешке сәйкес келмейді: осы жазбаға дейінгі жазбалар өзгертілген, жойылған немесе тізбек қайта құрылған.</translation>
    </message>
</context>
<context>
    <name>dsn::Calendar</name>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Day off by decree</source>
        <translation>Қаулы бойынша демалыс күні</translation>
    </message>
    <message>
        <source>Working day by decree</source>
        <translation>Қаулы бойынша жұмыс күні</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Мереке күні: %1</translation>
    </message>
    <message>
        <source>Day off moved from a weekend holiday: %1</source>
        <translation>Демалыс күніне сәйкес келген мерекеден ауыстырылған демалыс күні: %1</translation>
    </message>
</context>
<context>
    <name>dsn::CalendarData</name>
    <message>
        <source>%1: unknown field &quot;%2&quot; (expected: %3)</source>
        <translation>%1: белгісіз &quot;%2&quot; өрісі (күтілетін өрістер: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>%1: &quot;%2&quot; — YYYY-MM-DD түріндегі күн емес</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1: %2 күні %3 жылға жатпайды</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text</source>
        <translation>%1: &quot;%2&quot; мәтін болуы тиіс</translation>
    </message>
    <message>
        <source>%1: %2 is listed more than once</source>
        <translation>%1: %2 күні бірнеше рет көрсетілген</translation>
    </message>
    <message>
        <source>&quot;daysOff&quot; must be a list</source>
        <translation>&quot;daysOff&quot; тізім болуы тиіс</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;date&quot;</source>
        <translation>%1: &quot;date&quot; өрісі бар объект күтілген</translation>
    </message>
    <message>
        <source>%1: %2 is a Sunday, already a day off</source>
        <translation>%1: %2 — жексенбі, ол онсыз да демалыс күні</translation>
    </message>
    <message>
        <source>%1: %2 is already a day off by law (%3)</source>
        <translation>%1: %2 заң бойынша онсыз да демалыс күні (%3)</translation>
    </message>
    <message>
        <source>&quot;workingDays&quot; must be a list</source>
        <translation>&quot;workingDays&quot; тізім болуы тиіс</translation>
    </message>
    <message>
        <source>%1: %2 is a %3, already a working day; a decree can only make a Saturday or a Sunday a working day</source>
        <translation>%1: %2 (%3) онсыз да жұмыс күні; қаулымен тек сенбіні немесе жексенбіні жұмыс күні етуге болады</translation>
    </message>
    <message>
        <source>%1: %2 is a holiday (%3) and cannot be made a working day</source>
        <translation>%1: %2 — мереке күні (%3), оны жұмыс күні етуге болмайды</translation>
    </message>
    <message>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a whole number from %1 to %2</source>
        <translation>&quot;year&quot; %1 мен %2 аралығындағы бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; көрсетілмеген</translation>
    </message>
    <message>
        <source>daysOff: %1 is given in exchange for %2, which is not listed in &quot;workingDays&quot;</source>
        <translation>daysOff: %1 күні %2 күнінің орнына берілген, бірақ ол &quot;workingDays&quot; тізімінде жоқ</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON қате: %1, %2-жол, %3-баған</translation>
    </message>
    <message>
        <source>the year %1 is given more than once</source>
        <translation>%1 жыл бірнеше рет көрсетілген</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>файлды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>expected a year object or a list of year objects</source>
        <translation>жыл объектісі немесе жыл объектілерінің тізімі күтілген</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>holds the year %1 where %2 was expected</source>
        <translation>%2 жылдың орнына %1 жылдың деректері берілген</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>мұндай файл немесе каталог жоқ</translation>
    </message>
    <message>
        <source>no calendar files (YYYY.json) in the directory</source>
        <translation>каталогта күнтізбе файлдары (YYYY.json) жоқ</translation>
    </message>
    <message>
        <source>a calendar file must be named after its year, as 2026.json</source>
        <translation>күнтізбе файлының атауы оның жылы болуы тиіс, мысалы, 2026.json</translation>
    </message>
</context>
<context>
    <name>dsn::CaseConsistency</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Істерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The case number &quot;%1&quot; is not a case number.</source>
        <translation>&quot;%1&quot; іс нөмірі болып табылмайды.</translation>
    </message>
    <message>
        <source>The case numbers %1 and %2 are the same number.</source>
        <translation>%1 және %2 іс нөмірлері — бір нөмір.</translation>
    </message>
    <message>
        <source>... and %1 more case numbers that do not parse.</source>
        <translation>... және танылмаған тағы %1 іс нөмірі.</translation>
    </message>
    <message>
        <source>... and %1 more repeated case numbers.</source>
        <translation>... және қайталанатын тағы %1 іс нөмірі.</translation>
    </message>
    <message>
        <source>The case counter of %1 stands at %2, but case %3 exists: numbers would be handed out twice.</source>
        <translation>%1 істер есептегішінің мәні — %2, бірақ %3 ісі бар: нөмірлер екі рет берілер еді.</translation>
    </message>
    <message>
        <source>Case %1 was taken in (audit entry %2) but is not in the store.</source>
        <translation>%1 ісі қабылданған (аудит жазбасы %2), бірақ дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>The case number %1 was taken in %2 times.</source>
        <translation>%1 іс нөмірі %2 рет қабылданған.</translation>
    </message>
    <message>
        <source>... and %1 more cases taken in but missing.</source>
        <translation>... және қабылданған, бірақ дерекқорда жоқ тағы %1 іс.</translation>
    </message>
    <message>
        <source>... and %1 more case numbers taken in more than once.</source>
        <translation>... және бірнеше рет қабылданған тағы %1 іс нөмірі.</translation>
    </message>
</context>
<context>
    <name>dsn::CaseLifecycle</name>
    <message>
        <source>a new case</source>
        <translation>жаңа іс</translation>
    </message>
    <message>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Іс &quot;%1&quot; мәртебесінен &quot;%2&quot; мәртебесіне ауыса алмайды.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not move a case from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; рөлі істі &quot;%2&quot; мәртебесінен &quot;%3&quot; мәртебесіне ауыстыра алмайды.</translation>
    </message>
</context>
<context>
    <name>dsn::CaseNumber</name>
    <message>
        <source>The case number holds control characters; nothing was stored.</source>
        <translation>Іс нөмірінде басқару таңбалары бар; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number of the form CODE-YEAR-SERIAL; nothing was stored.</source>
        <translation>&quot;%1&quot; — КОД-ЖЫЛ-НӨМІР түріндегі іс нөмірі емес; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The case number %1 belongs to workstation %2, not to %3: a workstation hands in only its own cases; nothing was stored.</source>
        <translation>%1 іс нөмірі %3 жұмыс орнына емес, %2 жұмыс орнына тиесілі: жұмыс орны тек өз істерін ғана тапсырады; ештеңе сақталмады.</translation>
    </message>
</context>
<context>
    <name>dsn::CaseStatus</name>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Sent to the revenue department</source>
        <translation>Мемлекеттік кірістер департаментіне жіберілді</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Codes issued</source>
        <translation>ДСН-кодтар берілді</translation>
    </message>
    <message>
        <source>Partly issued</source>
        <translation>Ішінара берілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Ready at the State Corporation</source>
        <translation>Мемлекеттік корпорацияда дайын</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Өтініш берушіге берілді</translation>
    </message>
    <message>
        <source>Transferred to the revenue department after a month</source>
        <translation>Бір айдан кейін Мемлекеттік кірістер департаментіне берілді</translation>
    </message>
    <message>
        <source>Returned for hand-over</source>
        <translation>Беру үшін қайтарылды</translation>
    </message>
</context>
<context>
    <name>dsn::CaseStore</name>
    <message>
        <source>There is no case %1.</source>
        <translation>%1 ісі жоқ.</translation>
    </message>
    <message>
        <source>The workstation has no valid code yet, so no case number can be given. An administrator sets it in the settings (workstation.code, for example AST01).</source>
        <translation>Жұмыс орнының әлі жарамды коды жоқ, сондықтан іс нөмірін беру мүмкін емес. Оны әкімші баптауларда орнатады (workstation.code, мысалы, AST01).</translation>
    </message>
    <message>
        <source>The working calendar of %1 kept in the store is not valid.</source>
        <translation>Дерекқорда сақталған %1 жылғы жұмыс күнтізбесі жарамсыз.</translation>
    </message>
    <message numerus="yes">
        <source>The application has %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>Өтінімде %n қате бар; ештеңе жазылмады.</numerusform>
            <numerusform>Өтінімде %n қате бар; ештеңе жазылмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the workstation itself may enter an application on behalf of its counter.</source>
        <translation>Өтінімді қабылдау терезесінің атынан тек жұмыс орнының өзі ғана енгізе алады.</translation>
    </message>
    <message>
        <source>Say why the workstation enters the application.</source>
        <translation>Жұмыс орны өтінімді не себепті енгізетінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>%1 ісінің мәртебесі белгісіз.</translation>
    </message>
    <message>
        <source>A printed document needs its kind and content hash.</source>
        <translation>Басып шығарылған құжат үшін оның түрі мен мазмұнының хеші қажет.</translation>
    </message>
</context>
<context>
    <name>dsn::Certificate</name>
    <message>
        <source>The certificate does not say whether the subject is a producer or an importer.</source>
        <translation>Куәлікте субъектінің өндіруші немесе импорттаушы екені көрсетілмеген.</translation>
    </message>
    <message>
        <source>The certificate has no producing country.</source>
        <translation>Куәлікте мұнай өнімін өндіруші ел көрсетілмеген.</translation>
    </message>
    <message>
        <source>The certificate has no administrative-territorial unit of the subject.</source>
        <translation>Куәлікте субъектінің әкімшілік-аумақтық бірлігі көрсетілмеген.</translation>
    </message>
    <message>
        <source>The certificate lists no DSN code.</source>
        <translation>Куәлікте бірде-бір ДСН-код жоқ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the certificate is not a DSN code.</source>
        <translation>Куәліктегі «%1» ДСН-код емес.</translation>
    </message>
    <message>
        <source>Every product on the certificate needs a type and a name.</source>
        <translation>Куәліктегі әрбір мұнай өнімінің түрі мен атауы болуы керек.</translation>
    </message>
    <message>
        <source>The certificate has no verification token from the office for its QR code.</source>
        <translation>Куәліктің QR-коды үшін орталық серверден алынған тексеру токені жоқ.</translation>
    </message>
    <message>
        <source>The verification token must be one word of printable ASCII of at most %1 characters.</source>
        <translation>Тексеру токені ұзындығы %1 таңбадан аспайтын, бос орынсыз басылатын ASCII таңбаларынан тұруы керек.</translation>
    </message>
    <message>
        <source>Certificates are printed in Kazakh or Russian.</source>
        <translation>Куәлік қазақ немесе орыс тілінде басып шығарылады.</translation>
    </message>
</context>
<context>
    <name>dsn::Complaint</name>
    <message>
        <source>Head of the revenue department</source>
        <translation>Мемлекеттік кірістер департаментінің басшысы</translation>
    </message>
    <message>
        <source>Head of the State Corporation</source>
        <translation>Мемлекеттік корпорацияның басшысы</translation>
    </message>
    <message>
        <source>Body assessing the quality of public services</source>
        <translation>Мемлекеттік қызмет көрсету сапасын бағалау жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Қанағаттандырусыз қалдырылды</translation>
    </message>
</context>
<context>
    <name>dsn::DecisionBuilder</name>
    <message>
        <source>Case %1 has no decision number yet: its certificate or refusal letter is printed once the office&apos;s decision has arrived.</source>
        <translation>%1 ісінде шешім нөмірі әлі жоқ: куәлік немесе бас тарту хаты орталық сервердің шешімі келгеннен кейін басып шығарылады.</translation>
    </message>
    <message>
        <source>No line of case %1 was issued: there is no certificate to print.</source>
        <translation>%1 ісінің бірде-бір жолы бойынша ДСН-код берілмеген: басып шығаратын куәлік жоқ.</translation>
    </message>
    <message>
        <source>No line of case %1 was refused: there is no refusal letter to print.</source>
        <translation>%1 ісінің бірде-бір жолы бойынша бас тартылмаған: басып шығаратын бас тарту хаты жоқ.</translation>
    </message>
</context>
<context>
    <name>dsn::DecisionDocument</name>
    <message>
        <source>The document has no case number.</source>
        <translation>Құжатта іс нөмірі жоқ.</translation>
    </message>
    <message>
        <source>The document has no time the application was accepted.</source>
        <translation>Құжатта өтінімнің қабылданған уақыты жоқ.</translation>
    </message>
    <message>
        <source>The document has no decision number.</source>
        <translation>Құжатта шешім нөмірі жоқ.</translation>
    </message>
    <message>
        <source>The document has no date of the decision.</source>
        <translation>Құжатта шешімнің күні жоқ.</translation>
    </message>
    <message>
        <source>The decision is dated before the application was accepted.</source>
        <translation>Шешімнің күні өтінімнің қабылданған уақытынан бұрын.</translation>
    </message>
    <message>
        <source>The document has no State Revenue Department.</source>
        <translation>Құжатта Мемлекеттік кірістер департаменті көрсетілмеген.</translation>
    </message>
    <message>
        <source>The document has no taxpayer name.</source>
        <translation>Құжатта салық төлеушінің атауы жоқ.</translation>
    </message>
    <message>
        <source>The IIN/BIN on the document must be 12 digits.</source>
        <translation>Құжаттағы ЖСН/БСН 12 цифрдан тұруы керек.</translation>
    </message>
    <message>
        <source>The document has no name of the reviewer who took the decision.</source>
        <translation>Құжатта шешім қабылдаған қызметкердің аты-жөні жоқ.</translation>
    </message>
    <message>
        <source>The document lacks the legal reference &quot;%1&quot;.</source>
        <translation>Құжатта «%1» құқықтық сілтемесі жоқ.</translation>
    </message>
</context>
<context>
    <name>dsn::DocumentEngine</name>
    <message>
        <source>The document was not prepared.</source>
        <translation>Құжат дайындалмады.</translation>
    </message>
    <message>
        <source>The printer could not start printing.</source>
        <translation>Принтер басып шығаруды бастай алмады.</translation>
    </message>
    <message>
        <source>No document template.</source>
        <translation>Құжат үлгісі жоқ.</translation>
    </message>
</context>
<context>
    <name>dsn::DocumentFonts</name>
    <message>
        <source>The font file %1 is missing; install the package fonts-dejavu-core.</source>
        <translation>%1 қаріп файлы табылмады; fonts-dejavu-core пакетін орнатыңыз.</translation>
    </message>
    <message>
        <source>The font file %1 could not be loaded.</source>
        <translation>%1 қаріп файлын жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The font %1 has no letter %2.</source>
        <translation>%1 қарпінде %2 әрпі жоқ.</translation>
    </message>
    <message>
        <source>Printed documents need the graphical application object (QGuiApplication).</source>
        <translation>Құжаттарды басып шығару үшін графикалық қолданба объектісі (QGuiApplication) қажет.</translation>
    </message>
</context>
<context>
    <name>dsn::DocumentTemplate</name>
    <message>
        <source>%1.texts.csv: %2</source>
        <translation>%1.texts.csv: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>the texts table is empty</source>
        <translation>мәтіндер кестесі бос</translation>
    </message>
    <message>
        <source>the header must name the columns key, kk and ru</source>
        <translation>тақырып жолында key, kk және ru бағандары аталуы тиіс</translation>
    </message>
    <message>
        <source>row %1 has %2 fields, the header has %3</source>
        <translation>%1-жолда %2 өріс бар, ал тақырып жолында %3 өріс бар</translation>
    </message>
    <message>
        <source>row %1: the key &quot;%2&quot; is not a name or is repeated</source>
        <translation>%1-жол: &quot;%2&quot; кілті атау емес немесе қайталанады</translation>
    </message>
    <message>
        <source>a placeholder is not closed with }}</source>
        <translation>орын толтырғыш }} белгісімен жабылмаған</translation>
    </message>
    <message>
        <source>repeated blocks cannot be nested</source>
        <translation>қайталанатын блоктарды бір-біріне салуға болмайды</translation>
    </message>
    <message>
        <source>a repeated block has no valid list name</source>
        <translation>қайталанатын блокта жарамды тізім атауы жоқ</translation>
    </message>
    <message>
        <source>the repeated block {{#%1}} has no {{/%1}}</source>
        <translation>{{#%1}} қайталанатын блогында {{/%1}} жоқ</translation>
    </message>
    <message>
        <source>no list named &quot;%1&quot; in the document data</source>
        <translation>құжат деректерінде &quot;%1&quot; деп аталатын тізім жоқ</translation>
    </message>
    <message>
        <source>%1 closes no repeated block</source>
        <translation>%1 ешбір қайталанатын блокты жаппайды</translation>
    </message>
    <message>
        <source>a fixed text cannot include another fixed text</source>
        <translation>тұрақты мәтін басқа тұрақты мәтінді қамти алмайды</translation>
    </message>
    <message>
        <source>no fixed text &quot;%1&quot; in the texts table</source>
        <translation>мәтіндер кестесінде &quot;%1&quot; тұрақты мәтіні жоқ</translation>
    </message>
    <message>
        <source>the fixed text &quot;%1&quot; has no %2 version</source>
        <translation>&quot;%1&quot; тұрақты мәтінінің %2 нұсқасы жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>&quot;%1&quot; — орын толтырғыш атауы емес</translation>
    </message>
    <message>
        <source>no value for {{%1}}</source>
        <translation>{{%1}} үшін мән жоқ</translation>
    </message>
    <message>
        <source>Template error, line %1: %2</source>
        <translation>Үлгі қатесі, %1-жол: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>the value of {{%1}} is not the key of a fixed text</source>
        <translation>{{%1}} мәні тұрақты мәтіннің кілті емес</translation>
    </message>
</context>
<context>
    <name>dsn::DsnCode</name>
    <message>
        <source>Enter the DSN code: 12 or more digits.</source>
        <translation>ДСН-кодты енгізіңіз: 12 немесе одан көп цифр.</translation>
    </message>
    <message>
        <source>A DSN code consists of digits only.</source>
        <translation>ДСН-код тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>A DSN code has at least 12 digits.</source>
        <translation>ДСН-кодта кемінде 12 цифр болады.</translation>
    </message>
    <message>
        <source>The brand number (from the 10th digit on) has more than 9 digits.</source>
        <translation>Марка нөмірінде (10-цифрдан бастап) 9 цифрдан көп.</translation>
    </message>
    <message>
        <source>A brand number from 1000 on is written without leading zeros.</source>
        <translation>1000-нан бастап марка нөмірі алдыңғы нөлдерсіз жазылады.</translation>
    </message>
    <message>
        <source>The country (1st digit) must be 1 to 6.</source>
        <translation>Ел (1-цифр) 1-ден 6-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit (digits 2-4) must be 001 to 258.</source>
        <translation>Әкімшілік-аумақтық бірлік (2-4-цифрлар) 001-ден 258-ге дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The market subject number (digits 5-8) must be 0001 to 9999.</source>
        <translation>Нарық субъектісінің нөмірі (5-8-цифрлар) 0001-ден 9999-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The product type (9th digit) must be 1 to 4.</source>
        <translation>Өнім түрі (9-цифр) 1-ден 4-ке дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The brand number must be 001 or more.</source>
        <translation>Марка нөмірі 001 немесе одан көп болуы тиіс.</translation>
    </message>
    <message>
        <source>The country is not in the reference list.</source>
        <translation>Ел анықтамалықта жоқ.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit is not in the reference list.</source>
        <translation>Әкімшілік-аумақтық бірлік анықтамалықта жоқ.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit no longer exists: it cannot be used for a new code.</source>
        <translation>Әкімшілік-аумақтық бірлік енді жоқ: оны жаңа код үшін пайдалануға болмайды.</translation>
    </message>
    <message>
        <source>The product type is not in the reference list.</source>
        <translation>Өнім түрі анықтамалықта жоқ.</translation>
    </message>
    <message>
        <source>The country (1st digit) is %1, but it must be 1 to 6.</source>
        <translation>Ел (1-цифр) — %1, бірақ ол 1-ден 6-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit (digits 2-4) is %1, but it must be 001 to 258.</source>
        <translation>Әкімшілік-аумақтық бірлік (2-4-цифрлар) — %1, бірақ ол 001-ден 258-ге дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The market subject number (digits 5-8) is %1, but it must be 0001 to 9999.</source>
        <translation>Нарық субъектісінің нөмірі (5-8-цифрлар) — %1, бірақ ол 0001-ден 9999-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The product type (9th digit) is %1, but it must be 1 (gasoline), 2 (diesel fuel), 3 (fuel oil) or 4 (aviation fuel).</source>
        <translation>Өнім түрі (9-цифр) — %1, бірақ ол 1 (бензин), 2 (дизельдік отын), 3 (мазут) немесе 4 (авиациялық отын) болуы тиіс.</translation>
    </message>
    <message>
        <source>The brand number is %1, but it must be 001 to 999999999.</source>
        <translation>Марка нөмірі — %1, бірақ ол 001-ден 999999999-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The character %1 is not a digit: a DSN code consists of digits.</source>
        <translation>%1 таңбасы цифр емес: ДСН-код цифрлардан тұрады.</translation>
    </message>
    <message numerus="yes">
        <source>Digits typed: %n; a DSN code has at least 12.</source>
        <translation>
            <numerusform>Енгізілген цифрлар саны: %n; ДСН-кодта кемінде 12 цифр болады.</numerusform>
            <numerusform>Енгізілген цифрлар саны: %n; ДСН-кодта кемінде 12 цифр болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brand number (from the 10th digit on) has %1 digits, but at most 9 are accepted.</source>
        <translation>Марка нөмірінде (10-цифрдан бастап) %1 цифр бар, бірақ ең көбі 9 цифр қабылданады.</translation>
    </message>
    <message>
        <source>The brand number %1 starts with a zero: it is written %2 (three digits up to 999, no leading zeros from 1000 on). Check the code.</source>
        <translation>%1 марка нөмірі нөлден басталады: ол %2 түрінде жазылады (999-ға дейін үш цифрмен, 1000-нан бастап алдыңғы нөлдерсіз). Кодты тексеріңіз.</translation>
    </message>
    <message>
        <source>Country %1 is not in the reference list of countries.</source>
        <translation>%1 ел елдер анықтамалығында жоқ.</translation>
    </message>
    <message>
        <source>Administrative-territorial unit %1 is not in the reference list.</source>
        <translation>%1 әкімшілік-аумақтық бірлік анықтамалықта жоқ.</translation>
    </message>
    <message>
        <source>Administrative-territorial unit %1 no longer exists: existing codes keep it, but a new code must use a current unit.</source>
        <translation>%1 әкімшілік-аумақтық бірлік енді жоқ: бұрыннан бар кодтарда ол сақталады, бірақ жаңа кодта қазіргі бірлік пайдаланылуы тиіс.</translation>
    </message>
    <message>
        <source>Product type %1 is not in the reference list of product types.</source>
        <translation>%1 өнім түрі өнім түрлерінің анықтамалығында жоқ.</translation>
    </message>
</context>
<context>
    <name>dsn::Holiday</name>
    <message>
        <source>New Year</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nauryz meirami</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Day of Unity of the People of Kazakhstan</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Конституция күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Республика күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>Kurban Ait (first day)</source>
        <translation>Құрбан айт (бірінші күні)</translation>
    </message>
</context>
<context>
    <name>dsn::HttpServer</name>
    <message>
        <source>the body is larger than 1 MiB</source>
        <translation>сұрау денесі 1 МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>тақырып жолдарының саны %1 шегінен асып кетті</translation>
    </message>
    <message>
        <source>send the body with Content-Length; Transfer-Encoding is not accepted</source>
        <translation>сұрау денесін Content-Length арқылы жіберіңіз; Transfer-Encoding қабылданбайды</translation>
    </message>
    <message>
        <source>Content-Encoding is not accepted; send the body as is</source>
        <translation>Content-Encoding қабылданбайды; сұрау денесін өзгеріссіз жіберіңіз</translation>
    </message>
    <message>
        <source>more than one Content-Length</source>
        <translation>Content-Length бірнеше рет көрсетілген</translation>
    </message>
    <message>
        <source>a request with a body needs Content-Length</source>
        <translation>денесі бар сұрауда Content-Length болуы керек</translation>
    </message>
    <message>
        <source>Content-Length is not a number</source>
        <translation>Content-Length мәні сан емес</translation>
    </message>
    <message>
        <source>a GET request has no body</source>
        <translation>GET сұрауында дене болмауы керек</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 түйінінің мекенжайын анықтау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 with this TLS certificate and key</source>
        <translation>осы TLS сертификаты мен кілті арқылы %1:%2 мекенжайында қосылымдарды қабылдауды бастау мүмкін емес</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>%1:%2 мекенжайында қосылымдарды қабылдауды бастау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>dsn::IntakeWarnings</name>
    <message numerus="yes">
        <source>%n application(s) taken in here have not reached the office yet. They are not legally final until the office has received them.</source>
        <translation>
            <numerusform>Осы жерде қабылданған %n өтінім орталық серверге әлі жеткен жоқ. Орталық сервер алғанға дейін өтінімдер заңды түрде түпкілікті болып саналмайды.</numerusform>
            <numerusform>Осы жерде қабылданған %n өтінім орталық серверге әлі жеткен жоқ. Орталық сервер алғанға дейін өтінімдер заңды түрде түпкілікті болып саналмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) taken in here have not reached the office yet, the oldest since %1. They are not legally final until the office has received them.</source>
        <translation>
            <numerusform>Осы жерде қабылданған %n өтінім орталық серверге әлі жеткен жоқ, олардың ең ертесі %1 қабылданған. Орталық сервер алғанға дейін өтінімдер заңды түрде түпкілікті болып саналмайды.</numerusform>
            <numerusform>Осы жерде қабылданған %n өтінім орталық серверге әлі жеткен жоқ, олардың ең ертесі %1 қабылданған. Орталық сервер алғанға дейін өтінімдер заңды түрде түпкілікті болып саналмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject already has an open case %1.</source>
        <translation>Нарық субъектісінің ашық ісі бар: %1.</translation>
    </message>
    <message>
        <source>The subject already holds DSN code %1 for &quot;%2&quot; (case %3): the revenue department may refuse this line.</source>
        <translation>Нарық субъектісіне &quot;%2&quot; үшін %1 ДСН-коды бұрын берілген (іс %3): Мемлекеттік кірістер департаменті осы жол бойынша бас тартуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>dsn::LegalOverrides</name>
    <message>
        <source>The text of a legal reference cannot be empty; use reset to go back to the shipped text.</source>
        <translation>Құқықтық сілтеменің мәтіні бос болмауы керек; бастапқы мәтінге қайту үшін reset қолданыңыз.</translation>
    </message>
    <message>
        <source>The text of a legal reference must be one line.</source>
        <translation>Құқықтық сілтеменің мәтіні бір жолдан тұруы керек.</translation>
    </message>
    <message>
        <source>The text of a legal reference is longer than %1 characters.</source>
        <translation>Құқықтық сілтеменің мәтіні %1 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>There is no legal reference &quot;%1&quot;.</source>
        <translation>«%1» құқықтық сілтемесі жоқ.</translation>
    </message>
    <message>
        <source>The legal reference &quot;%1&quot; cannot be corrected on the workstation.</source>
        <translation>«%1» құқықтық сілтемесін жұмыс орнында түзетуге болмайды.</translation>
    </message>
    <message>
        <source>Either reset a legal reference or give its new texts, not both.</source>
        <translation>Құқықтық сілтемені не бастапқы күйіне қайтарыңыз, не жаңа мәтінін беріңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>Give the new Kazakh text, the new Russian text, or both.</source>
        <translation>Жаңа қазақша мәтінді, жаңа орысша мәтінді немесе екеуін де беріңіз.</translation>
    </message>
</context>
<context>
    <name>dsn::LegalReferences</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>кесте бос</translation>
    </message>
    <message>
        <source>the header must name the columns key, kk and ru</source>
        <translation>тақырып жолында key, kk және ru бағандары аталуы керек</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 өріс, тақырып жолында %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key (a-z, 0-9, _)</source>
        <translation>«%1» кілт емес (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is repeated</source>
        <translation>«%1» кілті қайталанады</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs both its Kazakh and its Russian text</source>
        <translation>«%1» үшін қазақша және орысша мәтін де керек</translation>
    </message>
    <message>
        <source>the texts of &quot;%1&quot; must be one line each</source>
        <translation>«%1» мәтіндерінің әрқайсысы бір жолдан тұруы керек</translation>
    </message>
</context>
<context>
    <name>dsn::MirroredCase</name>
    <message>
        <source>The office sent a case without its number or identifier.</source>
        <translation>Орталық сервер істі нөмірінсіз немесе сәйкестендіргішінсіз жіберді.</translation>
    </message>
    <message>
        <source>The office sent case %1 with an IIN/BIN that is not valid.</source>
        <translation>Орталық сервер %1 ісін жарамсыз ЖСН/БСН-мен жіберді.</translation>
    </message>
    <message>
        <source>The office sent case %1 incomplete.</source>
        <translation>Орталық сервер %1 ісін толық емес күйде жіберді.</translation>
    </message>
    <message>
        <source>The office sent case %1 with a product line that is not valid.</source>
        <translation>Орталық сервер %1 ісін жарамсыз мұнай өнімі жолымен жіберді.</translation>
    </message>
    <message>
        <source>The office sent case %1 with a decision for a line it does not have.</source>
        <translation>Орталық сервер %1 ісін онда жоқ жол бойынша шешіммен жіберді.</translation>
    </message>
    <message>
        <source>Case %1 from the office does not match the case this store holds under its number.</source>
        <translation>Орталық серверден келген %1 ісі осы жұмыс орнында сол нөмірмен сақталған іске сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>dsn::Office</name>
    <message>
        <source>State Revenue Department</source>
        <translation>Мемлекеттік кірістер департаменті</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeApi</name>
    <message>
        <source>&quot;items&quot; must be an array</source>
        <translation>&quot;items&quot; массив болуы керек</translation>
    </message>
    <message>
        <source>at most %1 items in one batch</source>
        <translation>бір топтамада ең көбі %1 элемент болуы мүмкін</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 объект емес</translation>
    </message>
    <message>
        <source>%1.case_uid is not a UUID</source>
        <translation>%1.case_uid мәні UUID емес</translation>
    </message>
    <message>
        <source>%1.case_number is missing</source>
        <translation>%1.case_number көрсетілмеген</translation>
    </message>
    <message>
        <source>%1.content_hash is not 64 lower-case hex digits</source>
        <translation>%1.content_hash мәні кіші әріппен жазылған 64 он алтылық цифр емес</translation>
    </message>
    <message>
        <source>%1.kind must be &quot;application&quot;</source>
        <translation>%1.kind мәні &quot;application&quot; болуы керек</translation>
    </message>
    <message>
        <source>%1.application is not an object</source>
        <translation>%1.application объект емес</translation>
    </message>
    <message>
        <source>&quot;audit&quot; must be an object</source>
        <translation>&quot;audit&quot; объект болуы керек</translation>
    </message>
    <message>
        <source>after must be a sequence number</source>
        <translation>after параметрі реттік нөмір болуы керек</translation>
    </message>
    <message>
        <source>limit must be 1 to 1000</source>
        <translation>limit параметрі 1-ден 1000-ға дейін болуы керек</translation>
    </message>
    <message>
        <source>the request must carry the audit trail&apos;s hash at the office&apos;s last anchor, entry %1</source>
        <translation>сұрауда аудит журналының орталық сервердің соңғы бақылау нүктесіндегі хэші (№ %1 жазба) болуы керек</translation>
    </message>
    <message>
        <source>a bearer token is required</source>
        <translation>Bearer токені қажет</translation>
    </message>
    <message>
        <source>unknown or revoked token</source>
        <translation>токен белгісіз немесе оның күші жойылған</translation>
    </message>
    <message>
        <source>no such resource</source>
        <translation>мұндай ресурс жоқ</translation>
    </message>
    <message>
        <source>use GET or POST</source>
        <translation>GET немесе POST әдісін пайдаланыңыз</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>GET әдісін пайдаланыңыз</translation>
    </message>
    <message>
        <source>this workstation&apos;s role may not use this resource</source>
        <translation>осы жұмыс орнының рөліне бұл ресурсты пайдалануға рұқсат жоқ</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>сұрау денесі JSON объектісі болуы керек</translation>
    </message>
    <message>
        <source>the only status a reviewer sets is &quot;%1&quot;</source>
        <translation>қарау маманы тек &quot;%1&quot; мәртебесін қоя алады</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must be an array</source>
        <translation>&quot;lines&quot; массив болуы керек</translation>
    </message>
    <message>
        <source>each line needs line_no and decision issued|refused</source>
        <translation>әр жолда line_no және issued|refused мәні бар decision болуы керек</translation>
    </message>
    <message>
        <source>a refused line needs refusal_ground 1 or 2</source>
        <translation>бас тартылған жолда refusal_ground мәні 1 немесе 2 болуы керек</translation>
    </message>
    <message>
        <source>format must be csv or json</source>
        <translation>format параметрі csv немесе json болуы керек</translation>
    </message>
    <message>
        <source>from must be YYYY-MM-DD</source>
        <translation>from параметрі YYYY-MM-DD пішімінде болуы керек</translation>
    </message>
    <message>
        <source>to must be YYYY-MM-DD</source>
        <translation>to параметрі YYYY-MM-DD пішімінде болуы керек</translation>
    </message>
    <message>
        <source>&quot;reviewer&quot; (the reviewer&apos;s full name) and &quot;login&quot; are required, each 1 to 200 characters</source>
        <translation>&quot;reviewer&quot; (қарау маманының толық аты-жөні) және &quot;login&quot; міндетті, әрқайсысы 1-ден 200 таңбаға дейін</translation>
    </message>
    <message>
        <source>the case is taken by %1 (%2) at the workstation %3</source>
        <translation>істі %3 жұмыс орнында %1 (%2) жұмысқа алған</translation>
    </message>
    <message>
        <source>the Idempotency-Key header and the body&apos;s idempotency_key differ</source>
        <translation>Idempotency-Key тақырыбы мен сұрау денесіндегі idempotency_key сәйкес келмейді</translation>
    </message>
    <message>
        <source>a decision needs an idempotency key, a UUID (the Idempotency-Key header or &quot;idempotency_key&quot;)</source>
        <translation>шешімге идемпотенттілік кілті қажет, ол UUID болуы керек (Idempotency-Key тақырыбы немесе &quot;idempotency_key&quot;)</translation>
    </message>
    <message>
        <source>refusal_text must be a string</source>
        <translation>refusal_text жол болуы керек</translation>
    </message>
    <message>
        <source>refusal_text holds at most 4000 characters</source>
        <translation>refusal_text ең көбі 4000 таңбадан тұрады</translation>
    </message>
    <message>
        <source>this idempotency key was used for another request; a new decision needs a new key</source>
        <translation>бұл идемпотенттілік кілті басқа сұрау үшін пайдаланылған; жаңа шешімге жаңа кілт қажет</translation>
    </message>
    <message>
        <source>the office cannot use its signing keys now</source>
        <translation>орталық сервер қазір қол қою кілттерін пайдалана алмайды</translation>
    </message>
    <message>
        <source>&quot;printed_by&quot; (the full name) and &quot;login&quot; are optional texts of at most 200 characters</source>
        <translation>&quot;printed_by&quot; (толық аты-жөні) және &quot;login&quot; міндетті емес, әрқайсысы 200 таңбадан аспайтын мәтін</translation>
    </message>
    <message>
        <source>the office issued no certificate under this number</source>
        <translation>орталық сервер бұл нөмірмен куәлік бермеген</translation>
    </message>
    <message>
        <source>the office has no record of this print of the certificate</source>
        <translation>орталық серверде куәліктің бұл данасын басып шығару туралы жазба жоқ</translation>
    </message>
    <message>
        <source>the token does not say what the office decided under this number</source>
        <translation>токендегі мәліметтер осы нөмірмен орталық серверде тіркелген шешімге сәйкес келмейді</translation>
    </message>
    <message>
        <source>give a certificate number or the whole token of a certificate&apos;s QR code (DSNC1...)</source>
        <translation>куәліктің нөмірін немесе куәліктегі QR-кодтың толық токенін (DSNC1...) көрсетіңіз</translation>
    </message>
    <message>
        <source>too many certificate checks from this address; try again in %1 s</source>
        <translation>бұл мекенжайдан куәлік тексерулері тым көп; %1 с кейін қайталаңыз</translation>
    </message>
    <message>
        <source>%1.received_by must be {&quot;name&quot;: the full name, 1 to 200 characters, &quot;login&quot;}</source>
        <translation>%1.received_by мәні {&quot;name&quot;: толық аты-жөні, 1-ден 200 таңбаға дейін, &quot;login&quot;} түрінде болуы тиіс</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeDatabase</name>
    <message>
        <source>The office database is busy. Try again.</source>
        <translation>Орталық сервер дерекқоры бос емес. Әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The record conflicts with one already in the office database.</source>
        <translation>Жазба орталық сервер дерекқорында бұрыннан бар жазбамен қайшы келеді.</translation>
    </message>
    <message>
        <source>The office database could not carry out the operation.</source>
        <translation>Орталық сервер дерекқоры операцияны орындай алмады.</translation>
    </message>
    <message>
        <source>The office database file cannot be created.</source>
        <translation>Орталық сервер дерекқорының файлын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>sqlite: needs a file path</source>
        <translation>sqlite: файл жолы көрсетілуі керек</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/NAME</source>
        <translation>күтілетін пішім: postgresql://USER@HOST:PORT/NAME</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/NAME or sqlite:PATH</source>
        <translation>күтілетін пішім: postgresql://USER@HOST:PORT/NAME немесе sqlite:PATH</translation>
    </message>
    <message>
        <source>The database driver is not installed.</source>
        <translation>Дерекқор драйвері орнатылмаған.</translation>
    </message>
    <message>
        <source>The office database cannot be opened.</source>
        <translation>Орталық сервер дерекқорын ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The office database was written by a newer version of dsn-office.</source>
        <translation>Орталық сервер дерекқоры dsn-office бағдарламасының жаңарақ нұсқасымен жазылған.</translation>
    </message>
    <message>
        <source>The office database has no current schema.</source>
        <translation>Орталық сервер дерекқорында ағымдағы нұсқаның схемасы жоқ.</translation>
    </message>
    <message>
        <source>The office database cannot use a write-ahead log.</source>
        <translation>Орталық сервер дерекқоры алдын ала жазу журналын пайдалана алмайды.</translation>
    </message>
    <message>
        <source>The office database could not be upgraded.</source>
        <translation>Орталық сервер дерекқорын жаңарту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeMain</name>
    <message>
        <source>cannot read the TLS certificate or key</source>
        <translation>TLS сертификатын немесе кілтін оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>The territorial revenue office&apos;s DSN service.</source>
        <translation>Аумақтық мемлекеттік кірістер департаментінің ДСН-код қызметі.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/NAME or sqlite:PATH.</source>
        <translation>postgresql://USER@HOST:PORT/NAME (пайдаланушы, хост, порт, дерекқор атауы) немесе sqlite:PATH (файл жолы).</translation>
    </message>
    <message>
        <source>HOST:PORT to listen on (port 0: any free port).</source>
        <translation>Қосылымдар қабылданатын HOST:PORT мекенжайы (хост пен порт; 0 порт — кез келген бос порт).</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>TLS сертификаттар тізбегі (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>TLS жабық кілті (PEM).</translation>
    </message>
    <message>
        <source>Worker threads (default 8).</source>
        <translation>Жұмыс ағындарының саны (әдепкі бойынша 8).</translation>
    </message>
    <message>
        <source>Connections served at once, from all addresses (default 1000).</source>
        <translation>Барлық мекенжайлардан бір мезгілде қызмет көрсетілетін қосылымдар саны (әдепкі бойынша 1000).</translation>
    </message>
    <message>
        <source>Connections served at once from one address (default 64).</source>
        <translation>Бір мекенжайдан бір мезгілде қызмет көрсетілетін қосылымдар саны (әдепкі бойынша 64).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request head (default 10).</source>
        <translation>Клиенттің сұрау тақырыптарын толық жіберуіне берілетін уақыт, секундпен (әдепкі бойынша 10).</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>--db көрсетілуге тиіс</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT</source>
        <translation>--listen: мән HOST:PORT түрінде болуы керек</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert және --tls-key бірге көрсетіледі</translation>
    </message>
    <message>
        <source>refusing plain HTTP on %1: give --tls-cert and --tls-key, or listen on a loopback address</source>
        <translation>%1 мекенжайында шифрланбаған HTTP-ге рұқсат етілмейді: --tls-cert және --tls-key көрсетіңіз немесе қосылымдарды жергілікті кері тұйықталу мекенжайында (мысалы, 127.0.0.1) қабылдаңыз</translation>
    </message>
    <message>
        <source>the signing keys folder %1 cannot be used: %2</source>
        <translation>қол қою кілттерінің %1 қалтасын пайдалану мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The folder of the keys that sign DSN certificates (default %1).</source>
        <translation>ДСН-кодтарды беру туралы куәліктерге қол қоятын кілттердің қалтасы (әдепкі бойынша %1).</translation>
    </message>
    <message>
        <source>Certificate checks (GET verify) per minute from one address (default 30).</source>
        <translation>Бір мекенжайдан минутына куәлік тексерулерінің саны (GET verify; әдепкі бойынша 30).</translation>
    </message>
    <message>
        <source>--keys-dir: expected a folder</source>
        <translation>--keys-dir: қалта көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>--verify-rate: expected a number of 1 to 100000</source>
        <translation>--verify-rate: 1-ден 100000-ға дейінгі сан көрсетілуі тиіс</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeStore</name>
    <message>
        <source>The case has a status the office does not know.</source>
        <translation>Істің мәртебесі орталық серверге белгісіз.</translation>
    </message>
    <message>
        <source>The case has already been decided.</source>
        <translation>Іс бойынша шешім әлдеқашан қабылданған.</translation>
    </message>
    <message>
        <source>No market subject numbers are left in this office.</source>
        <translation>Осы орталық серверде нарық субъектілерінің бос нөмірлері қалмады.</translation>
    </message>
    <message>
        <source>No brand numbers are left for this product type.</source>
        <translation>Осы өнім түрі үшін марканың бос нөмірлері қалмады.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Мұндай іс жоқ.</translation>
    </message>
    <message>
        <source>Every line of the case must be decided exactly once.</source>
        <translation>Істің әр жолы бойынша шешім дәл бір рет қабылдануы керек.</translation>
    </message>
    <message>
        <source>Line %1: the refusal ground does not hold for this application.</source>
        <translation>%1-жол: бұл өтінім бойынша бас тарту негізі расталмайды.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the office anchored it at entry %2: entries were removed.</source>
        <translation>Аудит журналы № %1 жазбада аяқталады, бірақ орталық сервер бақылау нүктесін № %2 жазбада белгілеген: жазбалар жойылған.</translation>
    </message>
    <message>
        <source>The audit trail has no entry %1 any more, which the office anchored: entries were removed or renumbered.</source>
        <translation>Аудит журналында орталық сервер бақылау нүктесі ретінде белгілеген № %1 жазба енді жоқ: жазбалар жойылған немесе қайта нөмірленген.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail no longer has the hash the office anchored on %2: entries up to it were changed, removed or re-chained.</source>
        <translation>Аудит журналының № %1 жазбасының хэші орталық сервер %2 күні бақылау нүктесінде тіркеген хэшпен енді сәйкес келмейді: оған дейінгі жазбалар (оны қоса алғанда) өзгертілген, жойылған немесе тізбегі қайта құрылған.</translation>
    </message>
    <message>
        <source>The workstation&apos;s own check found its audit trail broken at entry %1: %2</source>
        <translation>Жұмыс орнының өз тексеруі аудит журналының № %1 жазбада бұзылғанын анықтады: %2</translation>
    </message>
    <message>
        <source>No audit alert is open for a workstation of this name.</source>
        <translation>Мұндай атаулы жұмыс орны бойынша ашық аудит ескертуі жоқ.</translation>
    </message>
    <message>
        <source>A case event has a status the office does not know.</source>
        <translation>Іс оқиғаларының бірінің мәртебесі орталық серверге белгісіз.</translation>
    </message>
    <message>
        <source>A workstation needs a name of 1 to 200 characters.</source>
        <translation>Жұмыс орнының атауы 1-ден 200 таңбаға дейін болуы керек.</translation>
    </message>
    <message>
        <source>No workstation can have this role.</source>
        <translation>Жұмыс орнына мұндай рөл берілмейді.</translation>
    </message>
    <message>
        <source>A workstation with this name is already registered.</source>
        <translation>Мұндай атаулы жұмыс орны бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>No workstation with this name holds a valid token.</source>
        <translation>Мұндай атаулы жұмыс орнының жарамды токені жоқ.</translation>
    </message>
    <message>
        <source>No workstation with this name is registered.</source>
        <translation>Мұндай атаулы жұмыс орны тіркелмеген.</translation>
    </message>
    <message>
        <source>Another content was already stored under this case.</source>
        <translation>Бұл іс бойынша басқа мазмұн бұрын сақталған.</translation>
    </message>
    <message>
        <source>The case number is already used by another case.</source>
        <translation>Бұл іс нөмірі басқа іске берілген.</translation>
    </message>
    <message>
        <source>Unknown table.</source>
        <translation>Белгісіз кесте.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Line %1 cannot be issued: refusal ground 1 holds, the taxpayer registry has no registration of the subject for %2 in force on %3.</source>
        <translation>%1-жол бойынша код беру мүмкін емес: бас тартудың 1-негізі расталады, салық төлеушілер тізілімінде субъектінің %3 күні күшінде тұрған %2 бойынша тіркеуі жоқ.</translation>
    </message>
    <message>
        <source>Line %1 cannot be issued: refusal ground 2 holds, the subject already holds the DSN code %2 for this product.</source>
        <translation>%1-жол бойынша код беру мүмкін емес: бас тартудың 2-негізі расталады, субъектіде осы өнімге %2 ДСН-коды бұрыннан бар.</translation>
    </message>
    <message>
        <source>Line %1 cannot be issued: refusal ground 2 holds, an earlier line of this application is the same product.</source>
        <translation>%1-жол бойынша код беру мүмкін емес: бас тартудың 2-негізі расталады, осы өтінімнің алдыңғы жолында дәл осы өнім көрсетілген.</translation>
    </message>
    <message>
        <source>Line %1: a refusal needs the reviewer&apos;s reason (refusal_text).</source>
        <translation>%1-жол: бас тартуға қарау маманының уәжі (refusal_text) қажет.</translation>
    </message>
    <message>
        <source>A review workstation needs its place: the code of its State Revenue Department (dsnctl reference departments).</source>
        <translation>Мемлекеттік кірістер департаментінің жұмыс орнына оның орны қажет: департаменттің коды (dsnctl reference departments).</translation>
    </message>
    <message>
        <source>%1 is not the code of a State Revenue Department (dsnctl reference departments).</source>
        <translation>%1 Мемлекеттік кірістер департаментінің коды емес (dsnctl reference departments).</translation>
    </message>
    <message>
        <source>The State Revenue Department %1 no longer exists: no application is addressed to it.</source>
        <translation>%1 Мемлекеттік кірістер департаменті енді жоқ: оған ешбір өтінім жолданбайды.</translation>
    </message>
    <message>
        <source>A counter workstation needs its place: the code of its State Corporation branch.</source>
        <translation>Мемлекеттік корпорацияның жұмыс орнына оның орны қажет: Мемлекеттік корпорация филиалының коды.</translation>
    </message>
    <message>
        <source>A place is a code of 1 to 32 letters, digits, dots, dashes or underscores, beginning with a letter or digit.</source>
        <translation>Орын — әріп немесе цифрдан басталатын, 1-ден 32-ге дейін әріп, цифр, нүкте, сызықша немесе астыңғы сызықтан тұратын код.</translation>
    </message>
    <message>
        <source>The case is addressed to another State Revenue Department than this workstation&apos;s.</source>
        <translation>Іс осы жұмыс орнының департаментіне емес, басқа Мемлекеттік кірістер департаментіне жолданған.</translation>
    </message>
    <message>
        <source>Only the workstation that has taken the case, or an administrator, may give it back.</source>
        <translation>Істі тек оны жұмысқа алған жұмыс орны немесе әкімші қайтара алады.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 өріс күтілді, %2 табылды</translation>
    </message>
    <message>
        <source>the name is empty or too long</source>
        <translation>атауы бос немесе тым ұзын</translation>
    </message>
    <message>
        <source>the activity must be a key of lowercase letters and &quot;_&quot; (petroleum_production, petroleum_wholesale, ...)</source>
        <translation>қызмет түрі кіші латын әріптері мен &quot;_&quot; белгісінен тұратын кілт болуы керек (petroleum_production, petroleum_wholesale, ...)</translation>
    </message>
    <message>
        <source>the place %1 is not the code of a State Revenue Department (dsnctl reference departments)</source>
        <translation>%1 орны Мемлекеттік кірістер департаментінің коды емес (dsnctl reference departments)</translation>
    </message>
    <message>
        <source>the registration date is not YYYY-MM-DD</source>
        <translation>тіркеу күні YYYY-MM-DD пішімінде емес</translation>
    </message>
    <message>
        <source>the deregistration date is neither empty nor YYYY-MM-DD</source>
        <translation>есептен шығару күні бос емес және YYYY-MM-DD пішімінде емес</translation>
    </message>
    <message>
        <source>the deregistration date is before the registration date</source>
        <translation>есептен шығару күні тіркеу күнінен бұрын</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>тақырып жолы %1 болуы керек</translation>
    </message>
    <message>
        <source>the file holds no registration; an import would empty the registry</source>
        <translation>файлда бірде-бір тіркеу жоқ; импорт тізілімді босатып жіберер еді</translation>
    </message>
    <message>
        <source>the IIN/BIN %1 has this activity, place and registration date twice</source>
        <translation>%1 ЖСН/БСН үшін осы қызмет түрі, орны және тіркеу күні екі рет көрсетілген</translation>
    </message>
    <message>
        <source>A decision needs its idempotency key and the reviewer&apos;s name and login.</source>
        <translation>Шешімге оның идемпотенттілік кілті және қарау маманының аты-жөні мен логині қажет.</translation>
    </message>
    <message>
        <source>Only a review desk of the case&apos;s department, the counter that took the case in, or an administrator may print its certificate.</source>
        <translation>Істің куәлігін тек іс жолданған департаменттің жұмыс орны, істі қабылдаған Мемлекеттік корпорацияның жұмыс орны немесе әкімші басып шығара алады.</translation>
    </message>
    <message>
        <source>The case has no certificate: it is not decided yet, or no line was issued.</source>
        <translation>Іс бойынша куәлік жоқ: шешім әлі қабылданбаған немесе бірде-бір позиция бойынша ДСН-код берілмеген.</translation>
    </message>
</context>
<context>
    <name>dsn::PrintableDocument</name>
    <message>
        <source>DSN Workstation %1</source>
        <translation>«ДСН-код» жұмыс орны %1</translation>
    </message>
    <message>
        <source>The PDF page could not be set to A4.</source>
        <translation>PDF бетінің өлшемін A4 етіп орнату мүмкін болмады.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF жасауды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF жасауды аяқтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>%1 is the workstation&apos;s store; choose another file for the PDF.</source>
        <translation>%1 — жұмыс орнының дерекқоры; PDF үшін басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлына жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The PDF&apos;s creation time could not be recorded consistently.</source>
        <translation>PDF құжатының жасалған уақытын біркелкі жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>dsn::Receipt</name>
    <message>
        <source>The receipt has no case number.</source>
        <translation>Қолхатта іс нөмірі көрсетілмеген.</translation>
    </message>
    <message>
        <source>The case number must be one line.</source>
        <translation>Іс нөмірі бір жолға жазылуы тиіс.</translation>
    </message>
    <message>
        <source>The receipt has no time of acceptance.</source>
        <translation>Қолхатта қабылданған күні мен уақыты көрсетілмеген.</translation>
    </message>
    <message>
        <source>The receipt has no operator name.</source>
        <translation>Қолхатта оператордың аты-жөні көрсетілмеген.</translation>
    </message>
    <message>
        <source>The receipt has no State Corporation branch.</source>
        <translation>Қолхатта Мемлекеттік корпорацияның бөлімшесі көрсетілмеген.</translation>
    </message>
    <message>
        <source>The receipt has no taxpayer name.</source>
        <translation>Қолхатта салық төлеушінің атауы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The IIN/BIN on the receipt must be 12 digits.</source>
        <translation>Қолхаттағы ЖСН/БСН 12 цифрдан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The receipt has no State Revenue Department.</source>
        <translation>Қолхатта Мемлекеттік кірістер департаменті көрсетілмеген.</translation>
    </message>
    <message>
        <source>The receipt lists no products.</source>
        <translation>Қолхатта бірде-бір мұнай өнімі көрсетілмеген.</translation>
    </message>
    <message>
        <source>Every product on the receipt needs a type and a name.</source>
        <translation>Қолхаттағы әрбір мұнай өнімінің түрі мен атауы көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>The receipt has no due date.</source>
        <translation>Қолхатта нәтиженің дайын болу мерзімі көрсетілмеген.</translation>
    </message>
    <message>
        <source>The due date is before the time of acceptance.</source>
        <translation>Нәтиженің дайын болу мерзімі өтінімнің қабылданған уақытынан ерте болып тұр.</translation>
    </message>
    <message>
        <source>The receipt does not say where to collect the result.</source>
        <translation>Қолхатта нәтижені алу орны көрсетілмеген.</translation>
    </message>
    <message>
        <source>Receipts are printed in Kazakh or Russian.</source>
        <translation>Қолхат қазақ немесе орыс тілінде басып шығарылады.</translation>
    </message>
</context>
<context>
    <name>dsn::ReferenceLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>файлды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>файл UTF-8 кодтауындағы жарамды мәтін емес</translation>
    </message>
    <message>
        <source>malformed CSV: %1</source>
        <translation>CSV пішімі қате: %1</translation>
    </message>
    <message>
        <source>malformed CSV: one record per line expected</source>
        <translation>CSV пішімі қате: әр жолда бір жазба болуы керек</translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>тақырып жолы &quot;%1&quot; болуы керек, ал табылғаны &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>баған саны %1 болуы керек, табылғаны: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &quot;%1&quot;</source>
        <translation>файл бос; &quot;%1&quot; тақырып жолы болуы керек</translation>
    </message>
    <message>
        <source>the file has no entries</source>
        <translation>файлда жазбалар жоқ</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is not a code from %2 to %3</source>
        <translation>&quot;%1&quot; коды %2–%3 аралығындағы код емес</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1, found &quot;%2&quot;</source>
        <translation>%1 бағанында 0 немесе 1 болуы керек, табылғаны: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 бағаны бос</translation>
    </message>
    <message>
        <source>%1 has stray spaces: &quot;%2&quot;</source>
        <translation>%1 бағанында артық бос орындар бар: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 holds a control character</source>
        <translation>%1 бағанында басқару таңбасы бар</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>қайталанатын код: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (not in %2)</source>
        <translation>&quot;%1&quot; өңірі белгісіз (%2 файлында жоқ)</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; must be lower-case Latin letters, digits and hyphens</source>
        <translation>&quot;%1&quot; өңір идентификаторы тек кіші латын әріптерінен, цифрлардан және дефистерден тұруы керек</translation>
    </message>
    <message>
        <source>unit %1 lies in the historical region &quot;%2&quot; and must be historical</source>
        <translation>%1 бірлігі &quot;%2&quot; тарихи өңіріне жатады, сондықтан ол да тарихи деп белгіленуі керек</translation>
    </message>
    <message>
        <source>department code &quot;%1&quot; must be Latin letters, digits and hyphens</source>
        <translation>&quot;%1&quot; департамент коды тек латын әріптерінен, цифрлардан және дефистерден тұруы керек</translation>
    </message>
</context>
<context>
    <name>dsn::RefusalGround</name>
    <message>
        <source>The applicant is not registered as a taxpayer carrying out certain types of activity at the location of taxable objects and (or) objects related to taxation, under article 88 of the Code of the Republic of Kazakhstan of 25 December 2017 &quot;On taxes and other obligatory payments to the budget&quot; (Tax Code) (Rules for assigning DSN codes, paragraph 7, subparagraph 1).</source>
        <translation>Көрсетілетін қызметті алушы 2017 жылғы 25 желтоқсандағы &quot;Салық және бюджетке төленетін басқа да міндетті төлемдер туралы&quot; Қазақстан Республикасы Кодексінің (Салық кодексі) 88-бабына сәйкес салық салу объектілерінің және (немесе) салық салуға байланысты объектілердің орналасқан жері бойынша жекелеген қызмет түрлерін жүзеге асыратын салық төлеуші ретінде тіркеу есебіне қойылмаған (ДСН-кодтарын беру қағидаларының 7-тармағының 1) тармақшасы).</translation>
    </message>
    <message>
        <source>A DSN code has already been issued to the applicant for this type of petroleum product (Rules for assigning DSN codes, paragraph 7, subparagraph 2).</source>
        <translation>Көрсетілетін қызметті алушыға мұнай өнімінің осы түріне ДСН-код бұрын берілген (ДСН-кодтарын беру қағидаларының 7-тармағының 2) тармақшасы).</translation>
    </message>
</context>
<context>
    <name>dsn::RefusalLetter</name>
    <message>
        <source>The refusal letter lists no refused line.</source>
        <translation>Бас тарту хатында бас тартылған жол жоқ.</translation>
    </message>
    <message>
        <source>The number of issued lines cannot be negative.</source>
        <translation>ДСН-код берілген жолдар саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Every refused line needs its number in the application.</source>
        <translation>Бас тартылған әрбір жолдың өтінімдегі нөмірі болуы керек.</translation>
    </message>
    <message>
        <source>Every refused product needs a type and a name.</source>
        <translation>Бас тартылған әрбір мұнай өнімінің түрі мен атауы болуы керек.</translation>
    </message>
    <message>
        <source>Line %1: a refusal needs ground 1 or 2 of the Rules&apos; paragraph 7.</source>
        <translation>%1-жол: бас тартуға Қағидалардың 7-тармағының 1 немесе 2 негізі керек.</translation>
    </message>
    <message>
        <source>Line %1: a refusal on ground 2 must name the DSN code the subject already holds.</source>
        <translation>%1-жол: 2-негіз бойынша бас тартуда субъектіге бұрын берілген ДСН-код көрсетілуі керек.</translation>
    </message>
    <message>
        <source>Line %1: only a refusal on ground 2 names a code already held.</source>
        <translation>%1-жол: бұрын берілген код тек 2-негіз бойынша бас тартуда көрсетіледі.</translation>
    </message>
    <message>
        <source>Refusal letters are printed in Kazakh or Russian.</source>
        <translation>Бас тарту хаты қазақ немесе орыс тілінде басып шығарылады.</translation>
    </message>
</context>
<context>
    <name>dsn::ReviewDecisions</name>
    <message>
        <source>The case has no product line %1.</source>
        <translation>Істе %1-жол мұнай өнімі жоқ.</translation>
    </message>
    <message>
        <source>Product line %1 is decided twice.</source>
        <translation>%1-жол бойынша шешім екі рет берілген.</translation>
    </message>
    <message>
        <source>Product line %1 is to be issued, but a refusal ground is chosen.</source>
        <translation>%1-жол бойынша ДСН-код беру таңдалған, бірақ бас тарту негізі де көрсетілген.</translation>
    </message>
    <message>
        <source>Choose the refusal ground for product line %1.</source>
        <translation>%1-жол бойынша бас тарту негізін таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the reason for refusing product line %1.</source>
        <translation>%1-жол бойынша бас тарту себебін жазыңыз.</translation>
    </message>
    <message>
        <source>The reason for product line %1 is longer than %2 characters.</source>
        <translation>%1-жол бойынша себеп %2 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Decide product line %1 too.</source>
        <translation>%1-жол бойынша да шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>Only a reviewer decides a case.</source>
        <translation>Іс бойынша шешімді тек қарау маманы қабылдайды.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>%1 ісі жоқ.</translation>
    </message>
    <message>
        <source>Case %1 is not in review at this department; it cannot be decided here.</source>
        <translation>%1 ісі осы департаментте қаралып жатқан жоқ; мұнда ол бойынша шешім қабылдау мүмкін емес.</translation>
    </message>
    <message>
        <source>Take case %1 before deciding it.</source>
        <translation>Шешім қабылдамас бұрын %1 ісін өзіңізге алыңыз.</translation>
    </message>
    <message>
        <source>A decision on case %1 is already waiting for the office.</source>
        <translation>%1 ісі бойынша шешім орталық серверге жіберілуін күтіп тұр.</translation>
    </message>
    <message>
        <source>No decision is waiting under this key.</source>
        <translation>Бұл кілтпен күтіп тұрған шешім жоқ.</translation>
    </message>
    <message>
        <source>The office&apos;s answer is not a decision of this case.</source>
        <translation>Орталық сервердің жауабы осы іс бойынша шешім емес.</translation>
    </message>
</context>
<context>
    <name>dsn::Role</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Қарау маманы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
</context>
<context>
    <name>dsn::Signing</name>
    <message>
        <source>This is not a DSN certificate token.</source>
        <translation>Бұл ДСН-кодтарды беру туралы куәліктің токені емес.</translation>
    </message>
    <message>
        <source>The DSN code %1 is not valid: %2</source>
        <translation>%1 ДСН-коды жарамсыз: %2</translation>
    </message>
    <message>
        <source>The certificate number must be 1 to %1 Latin letters, digits, &apos;-&apos; or &apos;/&apos;, beginning and ending with a letter or digit.</source>
        <translation>Куәліктің нөмірі 1-ден %1-ге дейін латын әрпінен, цифрдан, «-» немесе «/» таңбасынан тұруы және әріппен не цифрмен басталып, әріппен не цифрмен аяқталуы тиіс.</translation>
    </message>
    <message>
        <source>The date of issue is not a valid date.</source>
        <translation>Берілген күні жарамды күн емес.</translation>
    </message>
    <message>
        <source>The IIN/BIN %1 is not valid: %2</source>
        <translation>%1 ЖСН/БСН жарамсыз: %2</translation>
    </message>
    <message>
        <source>A certificate covers 1 to %1 DSN codes.</source>
        <translation>Бір куәлікке 1-ден %1-ге дейін ДСН-код енгізіледі.</translation>
    </message>
    <message>
        <source>The DSN code %1 is listed twice.</source>
        <translation>%1 ДСН-коды екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>The print identifier must be 26 characters of base32 (16 random bytes).</source>
        <translation>Басып шығару идентификаторы base32 кодтауындағы 26 таңбадан (16 кездейсоқ байт) тұруы тиіс.</translation>
    </message>
    <message>
        <source>The certificate token cannot be signed.</source>
        <translation>Куәліктің токеніне қол қою мүмкін болмады.</translation>
    </message>
    <message>
        <source>The certificate token was signed with the key %1, which is not among the office&apos;s public keys.</source>
        <translation>Куәліктің токеніне %1 кілтімен қол қойылған, ал бұл кілт орталық сервердің ашық кілттерінің арасында жоқ.</translation>
    </message>
    <message>
        <source>The signature does not match: the certificate&apos;s data was changed, or it was not signed by the office.</source>
        <translation>Қолтаңба сәйкес келмейді: куәліктің деректері өзгертілген немесе оған орталық сервер қол қоймаған.</translation>
    </message>
    <message>
        <source>The certificate token was signed with the key %1, retired on %2, before the certificate&apos;s date %3.</source>
        <translation>Куәліктің токеніне %1 кілтімен қол қойылған, бұл кілт куәліктің күні (%3) алдында, %2 күні қолданыстан шығарылған.</translation>
    </message>
    <message>
        <source>A new signing key cannot be made.</source>
        <translation>Жаңа қол қою кілтін жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The signing key is not an unencrypted Ed25519 private key in PEM.</source>
        <translation>Қол қою кілті PEM пішіміндегі шифрланбаған Ed25519 жабық кілті емес.</translation>
    </message>
    <message>
        <source>The list of public keys is not valid: %1</source>
        <translation>Ашық кілттер тізімі жарамсыз: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object with a &quot;keys&quot; array</source>
        <translation>ол «keys» массиві бар JSON нысаны емес</translation>
    </message>
    <message>
        <source>key %1 is not an Ed25519 public key</source>
        <translation>%1 кілті Ed25519 ашық кілті емес</translation>
    </message>
    <message>
        <source>key %1 has no valid creation or retirement date</source>
        <translation>%1 кілтінің жасалған немесе қолданыстан шығарылған күні жарамсыз</translation>
    </message>
    <message>
        <source>key %1 is listed twice</source>
        <translation>%1 кілті екі рет көрсетілген</translation>
    </message>
</context>
<context>
    <name>dsn::SigningKeys</name>
    <message>
        <source>The signing keys folder %1 cannot be made.</source>
        <translation>Қол қою кілттерінің %1 қалтасын жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be read.</source>
        <translation>%1 қол қою кілтін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The signing key %1 is missing.</source>
        <translation>%1 қол қою кілті жоқ.</translation>
    </message>
    <message>
        <source>The signing key %1 may be read by other users (mode %2); it is not used until only its owner may: chmod 600 %1</source>
        <translation>%1 қол қою кілтін басқа пайдаланушылар да оқи алады (рұқсаттары %2); оны тек иесі ғана оқи алатын болғанша ол пайдаланылмайды: chmod 600 %1</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be saved.</source>
        <translation>%1 қол қою кілтін сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The list of public keys %1 cannot be read.</source>
        <translation>%1 ашық кілттер тізімін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The list of public keys %1 does not have exactly one current key; make a new one with dsnctl office signing-keys --rotate.</source>
        <translation>%1 ашық кілттер тізімінде дәл бір ағымдағы кілт жоқ; жаңасын dsnctl office signing-keys --rotate пәрменімен жасаңыз.</translation>
    </message>
    <message>
        <source>The signing key %1 does not match its public key in %2.</source>
        <translation>%1 қол қою кілті %2 ішіндегі өз ашық кілтіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signing keys folder %1 is locked by another process.</source>
        <translation>Қол қою кілттерінің %1 қалтасын басқа процесс құлыптаған.</translation>
    </message>
    <message>
        <source>The list of public keys %1 cannot be saved.</source>
        <translation>%1 ашық кілттер тізімін сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>dsn::Store</name>
    <message>
        <source>The audit trail of the store is damaged.</source>
        <translation>Дерекқордың аудит журналы бүлінген.</translation>
    </message>
    <message>
        <source>The record of the trail&apos;s last entry is missing.</source>
        <translation>Журналдың соңғы жазбасы туралы мәлімет жоқ.</translation>
    </message>
    <message>
        <source>The entry is missing: it was removed from the trail.</source>
        <translation>Жазба жоқ: ол журналдан жойылған.</translation>
    </message>
    <message>
        <source>The entry&apos;s number is out of order.</source>
        <translation>Жазбаның нөмірі нөмірлеу ретін бұзады.</translation>
    </message>
    <message>
        <source>The entry does not follow the entry before it: an entry was inserted, replaced or removed here.</source>
        <translation>Жазба алдыңғы жазбаның жалғасы болып табылмайды: осы жерде жазба қосылған, ауыстырылған немесе жойылған.</translation>
    </message>
    <message>
        <source>The entry was changed after it was written.</source>
        <translation>Жазба журналға енгізілгеннен кейін өзгертілген.</translation>
    </message>
    <message>
        <source>The last entries were removed: the trail ends at entry %1 but had %2 entries.</source>
        <translation>Соңғы жазбалар жойылған: журнал %1-жазбамен аяқталады, ал онда %2 жазба болған.</translation>
    </message>
    <message>
        <source>The entry was added outside the audit trail.</source>
        <translation>Жазба аудит журналын айналып өтіп қосылған.</translation>
    </message>
    <message>
        <source>The last entry was replaced or the trail&apos;s record of it was changed.</source>
        <translation>Соңғы жазба ауыстырылған немесе журналдағы ол туралы мәлімет өзгертілген.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Аудит журналы %1-жазбада бұзылған: %2</translation>
    </message>
    <message>
        <source>The store&apos;s records do not agree: %1</source>
        <translation>Дерекқор жазбалары бір-біріне сәйкес келмейді: %1</translation>
    </message>
    <message>
        <source>The backup file already exists; choose another name.</source>
        <translation>Сақтық көшірме файлы бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself.</source>
        <translation>Сақтық көшірмені дерекқордың өзінің орнына жазуға болмайды.</translation>
    </message>
    <message>
        <source>The backup folder cannot be created.</source>
        <translation>Сақтық көшірме қалтасын жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The backup failed its check: %1</source>
        <translation>Сақтық көшірме тексеруден өтпеді: %1</translation>
    </message>
    <message>
        <source>The store is open in this program; it can be restored only while it is closed. The store was not changed.</source>
        <translation>Дерекқор осы бағдарламада ашық; оны тек жабық кезінде қалпына келтіруге болады. Дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>The backup is the store itself.</source>
        <translation>Көрсетілген сақтық көшірме — дерекқордың өзі.</translation>
    </message>
    <message>
        <source>The file cannot be restored: %1 The store was not changed.</source>
        <translation>Бұл файлдан қалпына келтіру мүмкін емес: %1 Дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the store.</source>
        <translation>Сақтық көшірмені дерекқор тұрған қалтаға көшіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>The store is open in another program. Close the workstation and try again. The store was not changed.</source>
        <translation>Дерекқор басқа бағдарламада ашық. Жұмыс орнын жауып, әрекетті қайталаңыз. Дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>The current store could not be kept aside. The store was not changed.</source>
        <translation>Ағымдағы дерекқорды уақытша басқа орынға жылжыту мүмкін болмады. Дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>The restored store could not be put in place.</source>
        <translation>Қалпына келтірілген дерекқорды орнына қою мүмкін болмады.</translation>
    </message>
    <message>
        <source>The store file cannot be created.</source>
        <translation>Дерекқор файлын жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The store file cannot be opened.</source>
        <translation>Дерекқор файлын ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no store at this path.</source>
        <translation>Көрсетілген жолда дерекқор табылмады.</translation>
    </message>
    <message>
        <source>The store is already open in this program.</source>
        <translation>Дерекқор осы бағдарламада бұрыннан ашық.</translation>
    </message>
    <message>
        <source>The store was written by a newer version of the workstation (schema version %1; this version knows up to %2). It was left unchanged.</source>
        <translation>Дерекқорды жұмыс орнының жаңарақ нұсқасы жазған (схема нұсқасы — %1; бұл нұсқа қолдайтын ең жоғары схема нұсқасы — %2). Дерекқор өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>The store cannot use a write-ahead log in this folder.</source>
        <translation>Бұл қалтада дерекқор алдын ала жазу журналын пайдалана алмайды.</translation>
    </message>
    <message>
        <source>Another program removed the store&apos;s log file while this workstation had the store open. To keep cases from being lost, nothing more is saved: close the workstation, open it again and check the last applications.</source>
        <translation>Жұмыс орны дерекқорды ашып тұрған кезде басқа бағдарлама дерекқордың журнал файлын жойды. Істер жоғалмауы үшін бұдан былай ештеңе сақталмайды: жұмыс орнын жауып, қайта ашыңыз және соңғы өтінімдерді тексеріңіз.</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>Дерекқорды басқа бағдарлама пайдаланып жатыр.</translation>
    </message>
    <message>
        <source>The store&apos;s schema version record is damaged.</source>
        <translation>Дерекқор схемасының нұсқасы туралы жазба бүлінген.</translation>
    </message>
    <message>
        <source>The store&apos;s upgrade steps are out of order.</source>
        <translation>Дерекқорды жаңарту қадамдарының реті бұзылған.</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed; it keeps version %2.</source>
        <translation>Дерекқорды %1 нұсқасына дейін жаңарту мүмкін болмады; дерекқор %2 нұсқасында қалды.</translation>
    </message>
    <message>
        <source>The store is busy with another change. Try again.</source>
        <translation>Дерекқор басқа өзгерісті орындап жатыр. Әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The record conflicts with one already in the store.</source>
        <translation>Жазба дерекқордағы бар жазбаға қайшы келеді.</translation>
    </message>
    <message>
        <source>The file is not a workstation store.</source>
        <translation>Файл жұмыс орнының дерекқоры емес.</translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation>Дерекқор файлы бүлінген.</translation>
    </message>
    <message>
        <source>The store could not carry out the operation.</source>
        <translation>Дерекқорда операцияны орындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The file is not a workstation store. It was left unchanged.</source>
        <translation>Файл жұмыс орнының дерекқоры емес. Ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>The store file is damaged or incomplete. It was left unchanged.</source>
        <translation>Дерекқор файлы бүлінген немесе толық емес. Ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>The store file cannot be read.</source>
        <translation>Дерекқор файлын оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>dsn::StrictJson</name>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation>JSON мәтіні %1 орнында қате: %2.</translation>
    </message>
    <message>
        <source>The JSON text holds the key &quot;%1&quot; twice in one object (at character %2): say each thing once.</source>
        <translation>JSON мәтінінде бір объектіде &quot;%1&quot; кілті екі рет кездеседі (%2-таңба): әр кілтті бір рет қана көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>dsn::SubjectType</name>
    <message>
        <source>Producer</source>
        <translation>Өндіруші</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импорттаушы</translation>
    </message>
</context>
<context>
    <name>dsn::SyncClient</name>
    <message>
        <source>Sync is not set up: the office&apos;s address and the workstation&apos;s token are needed.</source>
        <translation>Синхрондау бапталмаған: орталық сервер мекенжайы мен жұмыс орнының токені қажет.</translation>
    </message>
    <message>
        <source>The office&apos;s address &quot;%1&quot; is not an http or https address.</source>
        <translation>Орталық сервердің &quot;%1&quot; мекенжайы http немесе https мекенжайы емес.</translation>
    </message>
    <message>
        <source>The office&apos;s address must use https (plain http only on this computer).</source>
        <translation>Орталық сервер мекенжайы https пайдалануы керек (шифрланбаған http тек осы компьютерде рұқсат етіледі).</translation>
    </message>
    <message>
        <source>A sync with the office is under way.</source>
        <translation>Орталық сервермен синхрондау жүріп жатыр.</translation>
    </message>
    <message>
        <source>The office&apos;s anchors could not be read: %1</source>
        <translation>Орталық серверде тіркелген аудит журналының тірек нүктелерін оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The office refused this workstation&apos;s sync because its audit trail no longer matches what the office recorded earlier. Nothing was sent; an office administrator must review the workstation before it can sync again. The office found: %1</source>
        <translation>Орталық сервер бұл жұмыс орнының синхрондауынан бас тартты, себебі оның аудит журналы орталық сервер бұрын тіркеген деректерге енді сәйкес келмейді. Ештеңе жіберілген жоқ; қайта синхрондау үшін орталық сервер әкімшісі жұмыс орнын тексеруі керек. Орталық сервер анықтағаны: %1</translation>
    </message>
    <message>
        <source>The office keeps asking for another anchor of the audit trail (%1).</source>
        <translation>Орталық сервер аудит журналының басқа тірек нүктесін қайта-қайта сұрап отыр (%1).</translation>
    </message>
    <message>
        <source>The office did not accept the workstation&apos;s token (%1). Nothing more was sent; an administrator checks the sync settings.</source>
        <translation>Орталық сервер жұмыс орнының токенін қабылдамады (%1). Бұдан әрі ештеңе жіберілмеді; синхрондау баптауларын әкімші тексереді.</translation>
    </message>
    <message>
        <source>The office refused the workstation this operation (%1). Nothing more was sent.</source>
        <translation>Орталық сервер жұмыс орнына бұл операцияға рұқсат бермеді (%1). Бұдан әрі ештеңе жіберілмеді.</translation>
    </message>
    <message>
        <source>The office answered HTTP %1: %2</source>
        <translation>Орталық серверден HTTP %1 жауабы келді: %2</translation>
    </message>
    <message>
        <source>The office did not answer in time.</source>
        <translation>Орталық серверден жауап күту уақыты өтті.</translation>
    </message>
    <message>
        <source>The office could not be reached: %1</source>
        <translation>Орталық серверге қосылу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The office&apos;s answer could not be read: %1</source>
        <translation>Орталық сервердің жауабын оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The office&apos;s updates could not be read: %1</source>
        <translation>Орталық серверден келген жаңартуларды оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>dsn::SyncStore</name>
    <message>
        <source>Sync needs both the office&apos;s address and a token.</source>
        <translation>Синхрондау үшін орталық сервер мекенжайы да, токен де қажет.</translation>
    </message>
    <message>
        <source>The office&apos;s answer left this case out; it is sent again later.</source>
        <translation>Орталық сервердің жауабында бұл іс жоқ; ол кейінірек қайта жіберіледі.</translation>
    </message>
    <message>
        <source>The office holds another content for this case.</source>
        <translation>Орталық серверде бұл іс басқа мазмұнмен сақталған.</translation>
    </message>
</context>
<context>
    <name>dsn::SyncTokenFile</name>
    <message>
        <source>The folder for the workstation&apos;s sync token (%1) cannot be made.</source>
        <translation>Жұмыс орнының синхрондау токеніне арналған қалтаны (%1) жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The workstation&apos;s sync token (%1) cannot be read.</source>
        <translation>Жұмыс орнының синхрондау токенін (%1) оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The workstation&apos;s sync token can only be kept for a store in a file.</source>
        <translation>Жұмыс орнының синхрондау токенін тек файлда сақталатын дерекқор үшін ғана сақтауға болады.</translation>
    </message>
    <message>
        <source>The workstation&apos;s sync token cannot be saved in %1.</source>
        <translation>Жұмыс орнының синхрондау токенін %1 файлына сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>dsn::TaxpayerId</name>
    <message>
        <source>Enter the IIN or BIN: 12 digits.</source>
        <translation>ЖСН немесе БСН енгізіңіз: 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN or BIN consists of digits only.</source>
        <translation>ЖСН мен БСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>ЖСН мен БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>This is neither an IIN nor a BIN: the 5th digit must be 0 to 6.</source>
        <translation>Бұл ЖСН де, БСН де емес: 5-цифр 0-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>In an IIN the 7th digit (century and sex) must be 1 to 6.</source>
        <translation>ЖСН-де 7-цифр (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>In an IIN the first six digits must be a real date of birth (year, month, day).</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты туған күнді (жыл, ай, күн) білдіруі керек.</translation>
    </message>
    <message>
        <source>In an IIN the date of birth cannot be later than today.</source>
        <translation>ЖСН-дегі туған күн бүгінгі күннен кейін болмауы керек.</translation>
    </message>
    <message>
        <source>In a BIN the 3rd and 4th digits are the month of registration, 01 to 12.</source>
        <translation>БСН-де 3- және 4-цифрлар тіркелген айды білдіреді: 01-ден 12-ге дейін.</translation>
    </message>
    <message>
        <source>In a BIN the 5th digit (type) must be 4, 5 or 6.</source>
        <translation>БСН-де 5-цифр (түрі) 4, 5 немесе 6 болуы керек.</translation>
    </message>
    <message>
        <source>In a BIN the 6th digit (head office, branch, representative office or peasant farm) must be 0 to 3.</source>
        <translation>БСН-де 6-цифр (бас бөлімше, филиал, өкілдік немесе шаруа қожалығы) 0-ден 3-ке дейін болуы керек.</translation>
    </message>
    <message>
        <source>The last (check) digit does not match: the number was probably mistyped.</source>
        <translation>Соңғы (бақылау) цифры сәйкес келмейді: нөмір қате терілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>No IIN or BIN is ever issued with these first 11 digits: the number was probably mistyped.</source>
        <translation>Мұндай алғашқы 11 цифрмен ЖСН де, БСН де берілмейді: нөмір қате терілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>resident legal entity</source>
        <translation>резидент заңды тұлға</translation>
    </message>
    <message>
        <source>non-resident legal entity</source>
        <translation>бейрезидент заңды тұлға</translation>
    </message>
    <message>
        <source>joint individual entrepreneurship</source>
        <translation>бірлескен жеке кәсіпкерлік</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>бас бөлімше</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>representative office</source>
        <translation>өкілдік</translation>
    </message>
    <message>
        <source>peasant or farm household</source>
        <translation>шаруа немесе фермер қожалығы</translation>
    </message>
    <message>
        <source>The character %1 is not a digit: an IIN or BIN consists of 12 digits.</source>
        <translation>%1 таңбасы цифр емес: ЖСН мен БСН 12 цифрдан тұрады.</translation>
    </message>
    <message numerus="yes">
        <source>Digits typed: %n; an IIN or BIN has exactly 12.</source>
        <translation>
            <numerusform>Енгізілген цифрлар саны: %n; ЖСН мен БСН дәл 12 цифрдан тұрады.</numerusform>
            <numerusform>Енгізілген цифрлар саны: %n; ЖСН мен БСН дәл 12 цифрдан тұрады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 5th digit is %1: in an IIN it is the first digit of the day of birth (0 to 3), in a BIN the type (4 to 6). Check the number.</source>
        <translation>5-цифр — %1: ЖСН-де бұл туған күннің бірінші цифры (0-ден 3-ке дейін), БСН-де — түрі (4-тен 6-ға дейін). Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The 5th and 6th digits of an IIN are the day of birth, but %1 is not a day. Is this a BIN?</source>
        <translation>ЖСН-нің 5- және 6-цифрлары туған күнді білдіреді, бірақ %1 күн бола алмайды. Бұл БСН емес пе?</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN is %1, but it must be 1 to 6 (1-2 born in the 1800s, 3-4 in the 1900s, 5-6 in the 2000s).</source>
        <translation>ЖСН-нің 7-цифры — %1, бірақ ол 1-ден 6-ға дейін болуы керек (1–2 — XIX ғасырда, 3–4 — XX ғасырда, 5–6 — XXI ғасырда туғандар).</translation>
    </message>
    <message>
        <source>The first six digits of an IIN are the date of birth, but day %1, month %2 of %3 is not a real date.</source>
        <translation>ЖСН-нің алғашқы алты цифры туған күнді білдіреді, бірақ күні %1, айы %2, жылы %3 — мұндай күн болмайды.</translation>
    </message>
    <message>
        <source>The first seven digits of an IIN give the date of birth %1, which is later than today (%2): the number was probably mistyped.</source>
        <translation>ЖСН-нің алғашқы жеті цифры бойынша туған күні — %1, бұл бүгінгі күннен (%2) кейін: нөмір қате терілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of a BIN are the month of registration, but %1 is not a month (01 to 12).</source>
        <translation>БСН-нің 3- және 4-цифрлары тіркелген айды білдіреді, бірақ %1 ай бола алмайды (01-ден 12-ге дейін).</translation>
    </message>
    <message>
        <source>The 5th digit of a BIN is its type and must be 4, 5 or 6, but it is %1.</source>
        <translation>БСН-нің 5-цифры оның түрін білдіреді және 4, 5 немесе 6 болуы керек, ал мұнда ол — %1.</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm), but it is %1.</source>
        <translation>БСН-нің 6-цифры 0 (бас бөлімше), 1 (филиал), 2 (өкілдік) немесе 3 (шаруа қожалығы) болуы керек, ал мұнда ол — %1.</translation>
    </message>
    <message>
        <source>The last (check) digit is %1 but should be %2 for the first 11 digits: the number was probably mistyped.</source>
        <translation>Соңғы (бақылау) цифры — %1, ал алғашқы 11 цифр бойынша %2 болуы керек: нөмір қате терілген болуы мүмкін.</translation>
    </message>
    <message>
        <source>IIN, %1, born %2</source>
        <translation>ЖСН, жынысы: %1, туған күні %2</translation>
    </message>
    <message>
        <source>BIN, %1, %2, registered %3</source>
        <translation>БСН, %1, %2, тіркелген айы %3</translation>
    </message>
</context>
<context>
    <name>dsn::Users</name>
    <message>
        <source>This is a published demonstration password; choose a password of your own.</source>
        <translation>Бұл — жария етілген демонстрациялық құпиясөз; өзіңіздің құпиясөзіңізді ойлап табыңыз.</translation>
    </message>
    <message>
        <source>Too many failed logins. The account is locked until %1.</source>
        <translation>Кіру әрекеттері тым көп рет сәтсіз аяқталды. Тіркелгі мына уақытқа дейін бұғатталды: %1.</translation>
    </message>
    <message>
        <source>This account was deactivated.</source>
        <translation>Бұл тіркелгі белсенді емес күйге көшірілген.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Пайдаланушыларды тек әкімші басқара алады.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Құпиясөз кемінде 10 таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>Құпиясөз 1024 таңбадан аспауы тиіс.</translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation>Құпиясөз тек бос орындардан тұрмауы тиіс.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Құпиясөз пайдаланушы атымен бірдей болмауы тиіс.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Пайдаланушы аты 3–64 таңбадан тұрады: әріптер, цифрлар, нүктелер, сызықшалар немесе астыңғы сызықтар.</translation>
    </message>
    <message>
        <source>This user name is reserved.</source>
        <translation>Бұл пайдаланушы аты резервтелген.</translation>
    </message>
    <message>
        <source>An office code has 1 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Бөлімше коды 1–32 таңбадан тұрады: әріптер, цифрлар, нүктелер, сызықшалар немесе астыңғы сызықтар.</translation>
    </message>
    <message>
        <source>A user cannot have the system role.</source>
        <translation>Пайдаланушыға жүйелік рөл берілмейді.</translation>
    </message>
    <message>
        <source>The full name must have 1 to 200 characters.</source>
        <translation>Аты-жөні 1–200 таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The first administrator was already created.</source>
        <translation>Бірінші әкімші бұрын құрылған.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Бұл атпен пайдаланушы бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>The last active administrator must stay an administrator.</source>
        <translation>Соңғы белсенді әкімшіден әкімші рөлін алып тастауға болмайды.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Соңғы белсенді әкімшіні белсенді емес күйге көшіруге болмайды.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Жаңа құпиясөз бұрынғысынан өзгеше болуы тиіс.</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ApplicationForm</name>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Қабылдау терезесінде</translation>
    </message>
    <message>
        <source>At the applicant&apos;s home (cannot come in person)</source>
        <translation>Көрсетілетін қызметті алушының тұрғылықты жерінде (өзі келе алмайды)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>Сақтау алдында %n қатені түзету қажет.</numerusform>
            <numerusform>Сақтау алдында %n қатені түзету қажет.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>Енгізілген цифрлар: %1 / 12</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>type part of a name or the code</source>
        <translation>атауының бөлігін немесе кодын енгізіңіз</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
</context>
<context>
    <name>dsn::gui::CaseDetailDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Іс № %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Іс № %1 — %2</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>әлі тіркелмеген</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Home visit to the applicant</source>
        <translation>Көрсетілетін қызметті алушының тұрғылықты жеріне бару</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Қабылдау терезесінде</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Р/с №</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Мұнай өнімі</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Техникалық сипаттама</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>DSN code</source>
        <translation>ДСН-код</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Бас тарту негізі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Шешім қабылданбаған</translation>
    </message>
    <message>
        <source>Ground %1: %2</source>
        <translation>%1-негіз: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бұрынғы мәртебе</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>(intake)</source>
        <translation>(қабылдау)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығарылған уақыты</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Басып шығарған</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Қайта басып шығару</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>Өтінімнің қабылданғаны туралы қолхат</translation>
    </message>
    <message>
        <source>Certificate of DSN codes</source>
        <translation>ДСН-кодтарды беру туралы куәлік</translation>
    </message>
    <message>
        <source>Reasoned refusal</source>
        <translation>Дәлелді бас тарту</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>original</source>
        <translation>түпнұсқа</translation>
    </message>
    <message>
        <source>reprint %1</source>
        <translation>қайта басып шығару № %1</translation>
    </message>
</context>
<context>
    <name>dsn::gui::CaseListModel</name>
    <message>
        <source>Overdue: the term has ended and no decision was made</source>
        <translation>Мерзімі өтіп кеткен: мерзім аяқталды, шешім қабылданбады</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін аяқталады</translation>
    </message>
    <message>
        <source>Decided: the term no longer runs</source>
        <translation>Шешім қабылданды: мерзімнің өтуі тоқтатылды</translation>
    </message>
    <message>
        <source>The term of service is running</source>
        <translation>Қызмет көрсету мерзімі өтуде</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>Салық төлеуші</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
</context>
<context>
    <name>dsn::gui::CaseListWidget</name>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Due column:</source>
        <translation>«Мерзімі» бағаны:</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>бүгін аяқталады</translation>
    </message>
    <message>
        <source>overdue, no decision</source>
        <translation>мерзімі өткен, шешім жоқ</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Іс № %1</translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation>Істі ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The cases cannot be read: %1</source>
        <translation>Істерді оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown, more load as you scroll</source>
        <translation>
            <numerusform>%n іс көрсетілді, қалғандары тізімді айналдырған сайын жүктеледі</numerusform>
            <numerusform>%n іс көрсетілді, қалғандары тізімді айналдырған сайын жүктеледі</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match</source>
        <translation>Сәйкес істер табылмады</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsn::gui::CounterDesk</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтінім</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Saved: case %1. The receipt is open for printing.</source>
        <translation>Сақталды: іс № %1. Қолхат басып шығаруға ашылды.</translation>
    </message>
</context>
<context>
    <name>dsn::gui::FirstAdministratorDialog</name>
    <message>
        <source>Enter the full name.</source>
        <translation>Әкімшінің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Енгізілген құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <source>This workstation has no users yet. Create the first administrator; the administrator then creates the operators and reviewers.</source>
        <translation>Бұл жұмыс орнында әлі пайдаланушылар жоқ. Бірінші әкімшіні құрыңыз; операторлар мен қарау мамандарын кейін әкімші құрады.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>&amp;Бөлімше коды:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қай&amp;талаңыз:</translation>
    </message>
    <message>
        <source>The password: at least 10 characters, not only spaces, not the user name, and not a demonstration password.</source>
        <translation>Құпиясөз кемінде 10 таңбадан тұруы, тек бос орындардан тұрмауы, пайдаланушы атымен бірдей болмауы және демонстрациялық құпиясөз болмауы тиіс.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>dsn::gui::LockScreen</name>
    <message>
        <source>The workstation is locked</source>
        <translation>Жұмыс орны бұғатталған</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter your password to go on, or sign out.</source>
        <translation>Жүйеге %1 кірген. Жұмысты жалғастыру үшін құпиясөзді енгізіңіз немесе жүйеден шығыңыз.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
</context>
<context>
    <name>dsn::gui::LoginDialog</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts until %1.</source>
        <translation>Сәтсіз әрекеттер тым көп болғандықтан, тіркелгі мына уақытқа дейін бұғатталды: %1.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts. Try again later or ask an administrator to unlock it.</source>
        <translation>Сәтсіз әрекеттер тым көп болғандықтан, тіркелгі бұғатталды. Кейінірек қайталап көріңіз немесе тіркелгіні бұғаттан шығаруды әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>The account is deactivated. Ask an administrator.</source>
        <translation>Тіркелгі белсенді емес күйге көшірілген. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Enter the user name and the password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>dsn::gui::MainWindow</name>
    <message>
        <source>Print receipt</source>
        <translation>Қолхатты басып шығару</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Іс нөмірі:</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>Аудит журналын тексеру</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>Аудит журналының тұтастығы бұзылмаған: %n жазба тексерілді.</numerusform>
            <numerusform>Аудит журналының тұтастығы бұзылмаған: %n жазба тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Аудит журналының тұтастығы № %1 жазбада бұзылған: %2</translation>
    </message>
    <message>
        <source>The application was not saved</source>
        <translation>Өтінім сақталмады</translation>
    </message>
    <message>
        <source>Case %1 saved</source>
        <translation>Іс № %1 сақталды</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>DSN codes for petroleum products

Users and the audit check are in the Administration menu.</source>
        <translation>Мұнай өнімдерінің ДСН-кодтары

Пайдаланушылар мен аудит журналын тексеру «Әкімшілік» мәзірінде орналасқан.</translation>
    </message>
    <message>
        <source>DSN codes for petroleum products</source>
        <translation>Мұнай өнімдерінің ДСН-кодтары</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Бөлімше: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Жүйеге кірмеген</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>DSN Workstation %1
Assignment of DSN codes to petroleum products.</source>
        <translation>«ДСН-код» жұмыс орны %1
Мұнай өнімдеріне ДСН-код беру.</translation>
    </message>
    <message>
        <source>Application not saved</source>
        <translation>Өтінім сақталмаған</translation>
    </message>
    <message>
        <source>An application is typed in the form and not saved. Throw it away?</source>
        <translation>Нысанға өтінім енгізілген, бірақ сақталмаған. Оны жоясыз ба?</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Go on typing</source>
        <translation>&amp;Енгізуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ReceiptJob</name>
    <message>
        <source>The case is not loaded.</source>
        <translation>Іс жүктелмеген.</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ReceiptPreviewDialog</name>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Қолхатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Done; the print is recorded with the case.</source>
        <translation>Орындалды; басып шығару іске тіркелді.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Қолхат № %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>Also print in Russian</source>
        <translation>Орыс тілінде де басып шығару</translation>
    </message>
    <message>
        <source>Also print in Kazakh</source>
        <translation>Қазақ тілінде де басып шығару</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ReferenceModels</name>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>— type a name or code —</source>
        <translation>— атауын немесе кодын енгізіңіз —</translation>
    </message>
</context>
<context>
    <name>dsn::gui::SyncIndicator</name>
    <message>
        <source>Sync is not configured on this workstation.</source>
        <translation>Бұл жұмыс орнында синхрондау бапталмаған.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Орталық сервермен синхрондау жүріп жатыр…</translation>
    </message>
</context>
<context>
    <name>dsn::gui::SyncStatusText</name>
    <message>
        <source>Sync: not configured</source>
        <translation>Синхрондау: бапталмаған</translation>
    </message>
    <message>
        <source>Sync: not working (%1)</source>
        <translation>Синхрондау: жұмыс істемейді (%1)</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Синхрондау: іске қосылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent</source>
        <translation>
            <numerusform>%n өтінім жіберуді күтуде</numerusform>
            <numerusform>%n өтінім жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>жіберілетін өтінім жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n қайшылықты шешу қажет</numerusform>
            <numerusform>%n қайшылықты шешу қажет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the office</source>
        <translation>
            <numerusform>%n өтінімді орталық сервер қабылдамады</numerusform>
            <numerusform>%n өтінімді орталық сервер қабылдамады</numerusform>
        </translation>
    </message>
    <message>
        <source>last attempt failed at %1: %2</source>
        <translation>соңғы әрекет (%1) сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>last attempt failed: %1</source>
        <translation>соңғы әрекет сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>соңғы синхрондау: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Синхрондау: %1</translation>
    </message>
</context>
<context>
    <name>dsn::gui::UsersDialog</name>
    <message>
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>белсенді емес</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Пайдаланушының аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>%1 пайдаланушысы құрылды.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>New &amp;user name:</source>
        <translation>Жаңа &amp;пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>&amp;Бөлімше коды:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Пайдаланушыны құр&amp;у</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>dsn::workstation::Demo</name>
    <message>
        <source>The store already has users; the demo setup is only made on an empty store.</source>
        <translation>Дерекқорда пайдаланушылар бар; демонстрациялық деректер тек бос дерекқорда дайындалады.</translation>
    </message>
</context>
<context>
    <name>dsn::workstation::Main</name>
    <message>
        <source>Demo login (a demonstration store only):</source>
        <translation>Демонстрациялық кіру деректері (тек демонстрациялық дерекқор үшін):</translation>
    </message>
    <message>
        <source>DSN Workstation: the counter desk of the DSN code service.</source>
        <translation>«ДСН-код» жұмыс орны: ДСН-код беру мемлекеттік қызметінің қабылдау терезесі.</translation>
    </message>
    <message>
        <source>The store file (default: %1).</source>
        <translation>Дерекқор файлы (әдепкі: %1).</translation>
    </message>
    <message>
        <source>Work on the demonstration&apos;s own store (default: %1, never the workstation&apos;s own store); when it is empty, set up a demonstration (workstation DEMO01, an administrator, an operator and a reviewer) and print the demo login.</source>
        <translation>Демонстрацияның өз дерекқорымен жұмыс істеу (әдепкі: %1, жұмыс орнының өз дерекқоры ешқашан пайдаланылмайды); ол бос болса, демонстрацияны дайындау (DEMO01 жұмыс орны, әкімші, оператор және қарау маманы) және демонстрациялық кіру деректерін шығару.</translation>
    </message>
    <message>
        <source>Open the store, creating it when missing (with --demo: set it up), then end without a window.</source>
        <translation>Дерекқорды ашу (жоқ болса, оны құру; --demo кезінде демонстрацияны дайындау), содан кейін терезе ашпай жұмысты аяқтау.</translation>
    </message>
    <message>
        <source>The demonstration is never set up in the workstation&apos;s own store %1; leave out --db to use the demonstration&apos;s store %2.</source>
        <translation>Демонстрация жұмыс орнының өз дерекқорында (%1) ешқашан дайындалмайды; демонстрация дерекқорын (%2) пайдалану үшін --db параметрін көрсетпеңіз.</translation>
    </message>
    <message>
        <source>DSN Workstation</source>
        <translation>«ДСН-код» жұмыс орны</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>%1 дерекқорын ашу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Demo store set up in %1.</source>
        <translation>Демонстрациялық дерекқор дайындалды: %1.</translation>
    </message>
    <message>
        <source>The store %1 is not a demo store; sign in with its own users.</source>
        <translation>%1 дерекқоры демонстрациялық емес; оның өз пайдаланушыларының бірінің атымен кіріңіз.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Белгісіз параметр: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the options.</source>
        <translation>Параметрлерді көру үшін: &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>dsnctl::CaseCommand</name>
    <message>
        <source>--json FILE|- is required</source>
        <translation>--json FILE|- параметрі міндетті</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>--limit мәні 1-ден кем емес бүтін сан болуы тиіс</translation>
    </message>
    <message>
        <source>Take one application in from JSON (a file, or - for standard input) on behalf of this workstation&apos;s counter, and print its case number. Keys: department, taxpayer_name, taxpayer_id, subject_type (producer|importer), country, atu, head_name, received_at (ISO 8601; without an offset it is Kazakhstan time), products (a list of objects with type 1-4, name, spec); optional channel (counter|home), queue_ticket, application_date (YYYY-MM-DD, default the day of receipt). Invalid input: every problem on standard error, one per line naming the key, nothing written, exit code 2. Recorded as the system, with the reason &quot;%1&quot;.</source>
        <translation>Бір өтінімді JSON-нан (файлдан немесе - көрсетілсе, стандартты кірістен) осы жұмыс орнының қабылдау терезесі атынан қабылдау және оның іс нөмірін шығару. Кілттер: department, taxpayer_name, taxpayer_id, subject_type (producer|importer), country, atu, head_name, received_at (ISO 8601; ығысусыз көрсетілсе — Қазақстан уақыты), products (type 1-4, name, spec өрістері бар объектілер тізімі); міндетті емес кілттер: channel (counter|home), queue_ticket, application_date (YYYY-MM-DD, әдепкі бойынша — қабылданған күн). Деректер қате болса: әрбір қате кілтін атай отырып, стандартты қателер ағынына бөлек жолмен шығарылады, ештеңе жазылмайды, шығу коды 2. Жүйе атынан &quot;%1&quot; себебімен тіркеледі.</translation>
    </message>
    <message>
        <source>The application as a JSON object: a file, or - to read it from standard input.</source>
        <translation>Өтінім JSON объектісі түрінде: файл немесе стандартты кірістен оқу үшін -.</translation>
    </message>
    <message>
        <source>List cases, newest receipt first: case number, received, status, IIN/BIN, taxpayer name, due (times in Kazakhstan time; &quot;overdue&quot; after the due time when the term ended undecided), tab-separated after a header line; or a JSON array with --json (times in UTC). The listing shows IIN/BIN and names, so it is recorded in the audit trail as the system (case_search: the words, the filters, how many cases were listed).</source>
        <translation>Істердің тізімін шығару (алдымен соңғы қабылданғандары): іс нөмірі, қабылданған уақыты, мәртебесі, ЖСН/БСН, салық төлеушінің атауы, мерзімі (уақыт Қазақстан уақытымен; мерзім шешім қабылданбай өтсе, мерзім уақытынан кейін &quot;overdue&quot;), тақырып жолынан кейін табуляция арқылы бөлінеді; немесе --json кезінде JSON массиві (уақыт UTC бойынша). Тізімде ЖСН/БСН мен атаулар көрсетілетіндіктен, ол аудит журналына жүйе атынан тіркеледі (case_search: іздеу сөздері, сүзгілер, тізімге шыққан істер саны).</translation>
    </message>
    <message>
        <source>Only cases in this status: %1.</source>
        <translation>Тек осы мәртебедегі істер: %1.</translation>
    </message>
    <message>
        <source>Only cases matching these words: the start of a word of the taxpayer&apos;s name, a product name, the IIN/BIN or the case number.</source>
        <translation>Тек осы сөздерге сәйкес келетін істер: салық төлеуші атауындағы сөздің басы, мұнай өнімінің атауы, ЖСН/БСН немесе іс нөмірі.</translation>
    </message>
    <message>
        <source>Only cases whose term of service has ended undecided.</source>
        <translation>Тек қызмет көрсету мерзімі шешім қабылданбай өткен істер.</translation>
    </message>
    <message>
        <source>At most N cases.</source>
        <translation>Ең көбі N іс.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON массивін шығару.</translation>
    </message>
    <message>
        <source>Show one case: every field, the product lines, the status history and the printed documents. The view is recorded in the audit trail (person_viewed for an IIN, case_viewed for a BIN).</source>
        <translation>Бір істі көрсету: барлық өрістері, мұнай өнімдерінің жолдары, мәртебелер тарихы және басып шығарылған құжаттар. Қарау аудит журналына тіркеледі (ЖСН үшін person_viewed, БСН үшін case_viewed).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Бір JSON объектісін шығару.</translation>
    </message>
    <message>
        <source>Cases of the workstation&apos;s store: intake from JSON, lists and search, one case.</source>
        <translation>Жұмыс орны дерекқорының істері: JSON-нан қабылдау, тізімдер мен іздеу, бір істі қарау.</translation>
    </message>
</context>
<context>
    <name>dsnctl::CodeCommand</name>
    <message>
        <source>missing option --%1</source>
        <translation>--%1 параметрі көрсетілмеген</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --%2 (expected a number)</source>
        <translation>--%2 үшін &apos;%1&apos; мәні жарамсыз (сан күтілген)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; for --%2 is out of range</source>
        <translation>--%2 үшін &apos;%1&apos; мәні рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>Compose a new DSN code from its five facets and print it (12 or more digits). All five options are required; a historical territorial unit is refused. Exit code 0 ok, 2 for a bad or unknown value.</source>
        <translation>Жаңа ДСН-кодты бес фасетінен құрастыру және оны шығару (12 немесе одан көп цифр). Бес параметрдің бәрі міндетті; тарихи аумақтық бірлік қабылданбайды. Шығу коды: 0 — сәтті, 2 — мәні қате немесе белгісіз.</translation>
    </message>
    <message>
        <source>Facet 1, producing country: 1 outside the EAEU, 2 Belarus, 3 Kazakhstan, 4 Russia, 5 Kyrgyzstan, 6 Armenia.</source>
        <translation>1-фасет, өндіруші ел: 1 — ЕАЭО-ға кірмейтін елдер, 2 — Беларусь, 3 — Қазақстан, 4 — Ресей, 5 — Қырғызстан, 6 — Армения.</translation>
    </message>
    <message>
        <source>Facet 2, administrative-territorial unit of the subject, 001-258 (see &apos;dsnctl reference atu&apos;).</source>
        <translation>2-фасет, субъектінің әкімшілік-аумақтық бірлігі, 001-258 (&apos;dsnctl reference atu&apos; қараңыз).</translation>
    </message>
    <message>
        <source>Facet 3, market subject number, 0001-9999.</source>
        <translation>3-фасет, нарық субъектісінің нөмірі, 0001-9999.</translation>
    </message>
    <message>
        <source>Facet 4, product type: 1 gasoline, 2 diesel fuel, 3 fuel oil, 4 aviation fuel.</source>
        <translation>4-фасет, өнім түрі: 1 — бензин, 2 — дизельдік отын, 3 — мазут, 4 — авиациялық отын.</translation>
    </message>
    <message>
        <source>Facet 5, brand number, 001 and up (at most 9 digits).</source>
        <translation>5-фасет, марка нөмірі, 001-ден бастап (ең көбі 9 цифр).</translation>
    </message>
    <message>
        <source>Print the display form with spaces: 3 053 0001 1 001.</source>
        <translation>Кодты бос орындармен бөлінген көрнекі түрде шығару: 3 053 0001 1 001.</translation>
    </message>
    <message>
        <source>Check a DSN code (digits, or grouped as 3 053 0001 1 001 when quoted) and explain its facets: country, territorial unit and its region (marked historical when so), market subject, product type, brand. Exit code 0 valid, 1 invalid, 2 usage error.</source>
        <translation>ДСН-кодты тексеру (цифрлармен немесе тырнақшаға алып, 3 053 0001 1 001 түрінде топтап) және оның фасеттерін түсіндіру: ел, аумақтық бірлік және оның өңірі (тарихи болса, белгіленеді), нарық субъектісі, өнім түрі, марка. Шығу коды: 0 — жарамды, 1 — жарамсыз, 2 — пайдалану қатесі.</translation>
    </message>
    <message>
        <source>Language of the names: en (default), kk or ru.</source>
        <translation>Атаулардың тілі: en (әдепкі), kk немесе ru.</translation>
    </message>
    <message>
        <source>Print one JSON object: valid, code, grouped, country, atu, entity, product, brand; or valid, input, reason, message when invalid.</source>
        <translation>Бір JSON объектісін шығару: valid, code, grouped, country, atu, entity, product, brand; код жарамсыз болса — valid, input, reason, message.</translation>
    </message>
    <message>
        <source>DSN codes of petroleum products: compose and explain.</source>
        <translation>Мұнай өнімдерінің ДСН-кодтары: құрастыру және түсіндіру.</translation>
    </message>
</context>
<context>
    <name>dsnctl::IdCommand</name>
    <message>
        <source>Check an IIN or BIN (12 digits, spaces allowed when quoted) and decode it. Prints the kind (IIN, BIN or invalid) and then key: value lines: birth_date and sex for an IIN; registered, type and attribute for a BIN; reason and message when invalid. Exit code 0 valid, 1 invalid, 2 usage error.</source>
        <translation>ЖСН немесе БСН-ді тексеру (12 цифр, тырнақшаға алынса, бос орындарға рұқсат етіледі) және оның мәліметтерін ашып көрсету. Нөмірдің түрін (IIN, BIN немесе invalid), содан кейін «кілт: мән» жолдарын шығарады: ЖСН үшін birth_date және sex; БСН үшін registered, type және attribute; нөмір жарамсыз болса, reason және message. Шығу коды: 0 — жарамды, 1 — жарамсыз, 2 — пайдалану қатесі.</translation>
    </message>
    <message>
        <source>Print one JSON object: valid, kind, number, the decoded fields, reason, message.</source>
        <translation>Бір JSON объектісін шығару: valid, kind, number, ашылған өрістер, reason, message.</translation>
    </message>
    <message>
        <source>Accept only this kind of number; by default the 5th digit tells the kind.</source>
        <translation>Тек осы түрдегі нөмірді қабылдау; әдепкі бойынша нөмірдің түрін 5-цифр анықтайды.</translation>
    </message>
    <message>
        <source>Individual and business identification numbers (IIN, BIN).</source>
        <translation>Жеке және бизнес-сәйкестендіру нөмірлері (ЖСН, БСН).</translation>
    </message>
</context>
<context>
    <name>dsnctl::LegalReferenceCommand</name>
    <message>
        <source>expected nothing (to list) or: set KEY</source>
        <translation>ештеңе (тізім үшін) немесе set KEY күтілді</translation>
    </message>
    <message>
        <source>--kk, --ru and --reset go with: set KEY</source>
        <translation>--kk, --ru және --reset тек set KEY бірге қолданылады</translation>
    </message>
    <message>
        <source>The legal references the certificate and the refusal letter cite, as in force in the store, as CSV (key,lang,corrected,text). With &apos;set KEY&apos; an administrator&apos;s correction of one (as the system, audited): --kk and/or --ru give the new texts, --reset goes back to the shipped ones.</source>
        <translation>Куәлік пен бас тарту хаты сілтеме жасайтын, дерекқорда қолданыстағы құқықтық сілтемелер CSV түрінде (key,lang,corrected,text). &apos;set KEY&apos; арқылы әкімші біреуін түзетеді (жүйе атынан, аудит журналына жазылады): --kk және/немесе --ru жаңа мәтіндерді береді, --reset бастапқы мәтіндерге қайтарады.</translation>
    </message>
    <message>
        <source>The new Kazakh text.</source>
        <translation>Жаңа қазақша мәтін.</translation>
    </message>
    <message>
        <source>The new Russian text.</source>
        <translation>Жаңа орысша мәтін.</translation>
    </message>
    <message>
        <source>Go back to the shipped texts in both languages.</source>
        <translation>Екі тілде де бастапқы мәтіндерге қайту.</translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation>Себебі, аудит журналы үшін.</translation>
    </message>
</context>
<context>
    <name>dsnctl::OfficeCommand</name>
    <message>
        <source>--db postgresql://USER@HOST:PORT/NAME or sqlite:PATH is required</source>
        <translation>--db postgresql://USER@HOST:PORT/NAME немесе sqlite:PATH параметрі міндетті</translation>
    </message>
    <message>
        <source>cannot open the office database %1: %2</source>
        <translation>орталық сервердің %1 дерекқорын ашу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>the workstation name is empty</source>
        <translation>жұмыс орнының атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>Registered workstation %1 with the role %2. Its token, shown only now:</source>
        <translation>%1 жұмыс орны %2 рөлімен тіркелді. Оның токені (тек қазір көрсетіледі):</translation>
    </message>
    <message>
        <source>Revoked the token of workstation %1: its requests are refused from now on.</source>
        <translation>%1 жұмыс орнының токенінің күші жойылды: бұдан былай оның сұраулары қабылданбайды.</translation>
    </message>
    <message>
        <source>Workstation %1 has a new token; its old token is refused from now on. Its cases and history are kept. The new token, shown only now:</source>
        <translation>%1 жұмыс орнына жаңа токен берілді; бұдан былай оның ескі токені қабылданбайды. Жұмыс орнының істері мен тарихы сақталады. Жаңа токен (тек қазір көрсетіледі):</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>No audit alert is open.</source>
        <translation>Ашық аудит ескертуі жоқ.</translation>
    </message>
    <message>
        <source>--note must say what the review found</source>
        <translation>--note параметрінде тексеру нәтижесі көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>Accepted the audit alert of workstation %1 (recorded as reviewed by %2). Its next push starts new anchors; the entries before stay as they are.</source>
        <translation>%1 жұмыс орнының аудит ескертуі қабылданды (%2 қарады деп тіркелді). Оның келесі жіберілімі жаңа бақылау нүктелерінен басталады; бұған дейінгі жазбалар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Register a workstation with the office and print its new token as the last line. Only the token&apos;s SHA-256 is kept; the token cannot be shown again.</source>
        <translation>Жұмыс орнын орталық серверде тіркеу және оның жаңа токенін соңғы жолда шығару. Токеннің тек SHA-256 хеші сақталады; токенді қайта көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>counter (a State Corporation workstation, the default), review (a revenue department workstation) or admin.</source>
        <translation>counter (Мемлекеттік корпорацияның жұмыс орны, әдепкі), review (Мемлекеттік кірістер департаментінің жұмыс орны) немесе admin.</translation>
    </message>
    <message>
        <source>Revoke a workstation&apos;s token: every later request with it is refused (401).</source>
        <translation>Жұмыс орны токенінің күшін жою: бұдан кейін онымен жіберілген әрбір сұрау қабылданбайды (401).</translation>
    </message>
    <message>
        <source>Give a registered workstation a new token and print it as the last line; the old token is refused (401) from now on. The workstation keeps its name, role, cases and history; a revoked workstation is taken back into service with the new token.</source>
        <translation>Тіркелген жұмыс орнына жаңа токен беру және оны соңғы жолда шығару; бұдан былай ескі токен қабылданбайды (401). Жұмыс орнының атауы, рөлі, істері мен тарихы сақталады; токенінің күші жойылған жұмыс орны жаңа токенмен қайта жұмысқа қосылады.</translation>
    </message>
    <message>
        <source>List the workstations whose audit trail no longer extends the anchors the office kept from their pushes; the office refuses their sync until an alert is accepted. One line each, tab-separated: workstation, open or accepted, raised at, entry reported, reason (and for accepted ones when, by whom and the note).</source>
        <translation>Аудит журналы орталық сервер олардың жіберілімдерінен сақтаған бақылау нүктелерін енді жалғастырмайтын жұмыс орындарының тізімін шығару; ескерту қабылданғанға дейін орталық сервер олардың синхрондауын қабылдамайды. Әр жұмыс орны бір жолда, табуляция арқылы бөлінеді: жұмыс орны, open немесе accepted (ашық не қабылданған), пайда болған уақыты, хабарланған жазба, себебі (қабылданғандары үшін — қашан, кім қабылдағаны және ескертпе).</translation>
    </message>
    <message>
        <source>Accepted alerts too.</source>
        <translation>Қабылданған ескертулерді де көрсету.</translation>
    </message>
    <message>
        <source>After review, accept a workstation&apos;s open audit alert: recorded with the note and the system user; the workstation may sync again and its next push starts new anchors.</source>
        <translation>Тексеруден кейін жұмыс орнының ашық аудит ескертуін қабылдау: ескертпемен және жүйе пайдаланушысымен тіркеледі; жұмыс орны қайта синхрондай алады, ал оның келесі жіберілімі жаңа бақылау нүктелерінен басталады.</translation>
    </message>
    <message>
        <source>What the review found (required).</source>
        <translation>Тексеру нәтижесі (міндетті).</translation>
    </message>
    <message>
        <source>Work on the territorial revenue office&apos;s database (--db postgresql://... or sqlite:PATH).</source>
        <translation>Аумақтық кірістер органының дерекқорымен жұмыс істеу (--db postgresql://... немесе sqlite:PATH).</translation>
    </message>
    <message>
        <source>Registered workstation %1 with the role %2 at the place %3. Its token, shown only now:</source>
        <translation>%1 жұмыс орны %2 рөлімен, %3 орнында тіркелді. Оның токені (тек қазір көрсетіледі):</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registration(s); the registry now holds them alone.</source>
        <translation>
            <numerusform>%n тіркеу импортталды; енді тізілімде тек солар бар.</numerusform>
            <numerusform>%n тіркеу импортталды; енді тізілімде тек солар бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxpayer registry has never been imported: refusal ground 1 holds for every subject.</source>
        <translation>Салық төлеушілер тізілімі әлі импортталмаған: бас тартудың 1-негізі әр субъект үшін расталады.</translation>
    </message>
    <message>
        <source>Where the workstation works: for a counter its State Corporation branch code (its NAME stays the workstation code of its case numbers), for a review desk the code of its State Revenue Department (dsnctl reference departments), which decides the cases it sees. An administrator may have none.</source>
        <translation>Жұмыс орнының орны: Мемлекеттік корпорацияның жұмыс орны үшін — филиалының коды (оның NAME атауы іс нөмірлеріндегі жұмыс орнының коды болып қалады), Мемлекеттік кірістер департаментінің жұмыс орны үшін — департаменттің коды (dsnctl reference departments), ол жұмыс орны көретін істерді анықтайды. Әкімшіге орын міндетті емес.</translation>
    </message>
    <message>
        <source>Import the taxpayer registry (refusal ground 1) from CSV with the header taxpayer_id,name,activity,place,registered_on,deregistered_on: one registration a row, the activity a key such as petroleum_production or petroleum_wholesale, the place a department code, dates YYYY-MM-DD (deregistered_on empty while in force). The import replaces the whole registry. All or nothing: any bad row is reported with its line and nothing is imported (exit code 1).</source>
        <translation>Салық төлеушілер тізілімін (бас тартудың 1-негізі) taxpayer_id,name,activity,place,registered_on,deregistered_on тақырыбы бар CSV файлынан импорттау: әр жолда бір тіркеу, қызмет түрі — petroleum_production немесе petroleum_wholesale сияқты кілт, орны — департамент коды, күндер YYYY-MM-DD пішімінде (тіркеу күшінде тұрғанда deregistered_on бос). Импорт бүкіл тізілімді ауыстырады. Бәрі немесе ештеңе: әр қате жол өз нөмірімен көрсетіледі және ештеңе импортталмайды (шығу коды 1).</translation>
    </message>
    <message>
        <source>Say what the taxpayer registry holds: one line each, tab-separated, for the registrations, the taxpayers and the time of the last import.</source>
        <translation>Салық төлеушілер тізілімінде не бар екенін көрсету: тіркеулер, салық төлеушілер және соңғы импорт уақыты үшін бір-бір жолдан, табуляциямен бөлінген.</translation>
    </message>
</context>
<context>
    <name>dsnctl::PrintCommand</name>
    <message>
        <source>--lang is required: kk or ru.</source>
        <translation>--lang параметрі міндетті: kk немесе ru.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf параметрі міндетті.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of Qt; it is not available.</source>
        <translation>Басып шығару үшін Qt графикалық бөлігі қажет; ол қолжетімді емес.</translation>
    </message>
    <message>
        <source>Write the acceptance receipt of a case to a PDF file, the same document the workstation prints, and record the print (as the system). Prints the file, the content hash and the reprint number.</source>
        <translation>Істің өтінімнің қабылданғаны туралы қолхатын PDF файлына жазу (жұмыс орны басып шығаратын құжаттың дәл өзі) және басып шығаруды (жүйе атынан) тіркеу. Файл жолын, мазмұнның хешін және қайта басып шығару нөмірін шығарады.</translation>
    </message>
    <message>
        <source>Language of the receipt: kk or ru.</source>
        <translation>Қолхаттың тілі: kk немесе ru.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Жазылатын PDF файлы.</translation>
    </message>
    <message>
        <source>Print a case&apos;s documents to PDF files.</source>
        <translation>Іс құжаттарын PDF файлдарына басып шығару.</translation>
    </message>
    <message>
        <source>Unknown document.</source>
        <translation>Белгісіз құжат.</translation>
    </message>
    <message>
        <source>--token TOKEN is required: the office&apos;s signed token that the certificate&apos;s QR code carries.</source>
        <translation>--token TOKEN параметрі міндетті: бұл куәліктің QR-кодындағы орталық сервер қол қойған токен.</translation>
    </message>
    <message>
        <source>Write the certificate of the DSN codes a decided case issued to a PDF file (PDF/A-1b) and record the print (as the system). Needs the decision number and at least one issued line. The QR code carries the office&apos;s signed token given with --token; the workstation will fetch it from the office once the office gives tokens for printing. Prints the file, the content hash and the reprint number.</source>
        <translation>Шешім қабылданған іс бойынша берілген ДСН-кодтар туралы куәлікті PDF файлына (PDF/A-1b) жазу және басып шығаруды (жүйе атынан) тіркеу. Шешім нөмірі және ДСН-код берілген кемінде бір жол керек. QR-кодта --token арқылы берілген, орталық сервер қол қойған токен болады; орталық сервер басып шығаруға токен бере бастағанда жұмыс орны оны өзі алады. Файл жолын, мазмұнның хешін және қайта басып шығару нөмірін шығарады.</translation>
    </message>
    <message>
        <source>Language of the certificate: kk or ru.</source>
        <translation>Куәліктің тілі: kk немесе ru.</translation>
    </message>
    <message>
        <source>The office&apos;s signed verification token for this certificate (required).</source>
        <translation>Осы куәлікке орталық сервер қол қойған тексеру токені (міндетті).</translation>
    </message>
    <message>
        <source>Write the reasoned refusal letter of a decided case to a PDF file (PDF/A-1b) and record the print (as the system). Needs the decision number and at least one refused line. Prints the file, the content hash and the reprint number.</source>
        <translation>Шешім қабылданған іс бойынша дәлелді бас тарту хатын PDF файлына (PDF/A-1b) жазу және басып шығаруды (жүйе атынан) тіркеу. Шешім нөмірі және бас тартылған кемінде бір жол керек. Файл жолын, мазмұнның хешін және қайта басып шығару нөмірін шығарады.</translation>
    </message>
    <message>
        <source>Language of the letter: kk or ru.</source>
        <translation>Хаттың тілі: kk немесе ru.</translation>
    </message>
</context>
<context>
    <name>dsnctl::ReferenceCommand</name>
    <message>
        <source>Language of the names: kk (default), ru or en.</source>
        <translation>Атаулардың тілі: kk (әдепкі), ru немесе en.</translation>
    </message>
    <message>
        <source>Also list historical entries (renamed or abolished).</source>
        <translation>Тарихи жазбаларды да (атауы өзгертілген немесе таратылған) тізімге қосу.</translation>
    </message>
    <message>
        <source>Administrative-territorial units 001-258 (facet 2).</source>
        <translation>Әкімшілік-аумақтық бірліктер 001-258 (2-фасет).</translation>
    </message>
    <message>
        <source>Producing countries 1-6 (facet 1).</source>
        <translation>Өндіруші елдер 1-6 (1-фасет).</translation>
    </message>
    <message>
        <source>State Revenue Departments that applications are addressed to.</source>
        <translation>Өтінімдер жолданатын Мемлекеттік кірістер департаменттері.</translation>
    </message>
    <message>
        <source>Types of petroleum product 1-4 (facet 4).</source>
        <translation>Мұнай өнімдерінің түрлері 1-4 (4-фасет).</translation>
    </message>
    <message>
        <source>Reference lists as CSV (code,region,name,historical), sorted by code, and the legal references the printed decisions cite.</source>
        <translation>Анықтамалықтар CSV түрінде (code,region,name,historical), код бойынша сұрыпталған, және басып шығарылатын шешімдер сілтеме жасайтын құқықтық сілтемелер.</translation>
    </message>
</context>
<context>
    <name>dsnctl::SyncCommand</name>
    <message>
        <source>--office must be an http or https address, for example https://office.example.kz</source>
        <translation>--office мәні http немесе https мекенжайы болуы тиіс, мысалы, https://office.example.kz</translation>
    </message>
    <message>
        <source>--office must use https; plain http only to this computer</source>
        <translation>--office үшін https пайдаланылуы тиіс; қарапайым http тек осы компьютерге қосылу үшін рұқсат етіледі</translation>
    </message>
    <message>
        <source>no office is set up: give --office URL and --token TOKEN, or save them with &quot;dsnctl sync configure&quot;</source>
        <translation>орталық сервер бапталмаған: --office URL және --token TOKEN параметрлерін көрсетіңіз немесе оларды &quot;dsnctl sync configure&quot; пәрменімен сақтаңыз</translation>
    </message>
    <message>
        <source>--office URL and --token TOKEN are both required</source>
        <translation>--office URL және --token TOKEN параметрлерінің екеуі де міндетті</translation>
    </message>
    <message>
        <source>sync settings saved: %1</source>
        <translation>синхрондау баптаулары сақталды: %1</translation>
    </message>
    <message>
        <source>Sync once with the office: push every application not yet acknowledged, at once, even one that waits to be retried after a failed sync (in batches; an item counts as sent only when the office answered stored or duplicate), then pull the office&apos;s decisions and status changes. Prints the lines &quot;pushed N&quot;, &quot;acknowledged N&quot;, &quot;pulled N&quot; and &quot;failed N&quot;; conflicts and refused items on standard error. Exit code 0 when nothing failed, 1 otherwise, 2 for usage errors or when no office is set up. Without options the saved settings are used.</source>
        <translation>Орталық сервермен бір рет синхрондау: орталық сервер әлі растамаған әрбір өтінімді, тіпті сәтсіз синхрондаудан кейін қайта жіберуді күтіп тұрғанын да, бірден жіберу (топтап жіберіледі; орталық сервер stored немесе duplicate деп жауап берген жағдайда ғана жазба жіберілген болып саналады), содан кейін орталық серверден шешімдер мен мәртебе өзгерістерін алу. &quot;pushed N&quot;, &quot;acknowledged N&quot;, &quot;pulled N&quot; және &quot;failed N&quot; жолдарын шығарады; қайшылықтар мен қабылданбаған жазбалар стандартты қателер ағынына шығарылады. Шығу коды: ешбір сәтсіздік болмаса — 0, әйтпесе — 1, пайдалану қатесі болса немесе орталық сервер бапталмаса — 2. Параметрлерсіз іске қосылғанда сақталған баптаулар пайдаланылады.</translation>
    </message>
    <message>
        <source>The office&apos;s address, instead of the saved one.</source>
        <translation>Орталық сервердің мекенжайы (сақталғанының орнына).</translation>
    </message>
    <message>
        <source>The workstation&apos;s token, instead of the saved one; &quot;-&quot; reads it from standard input (one line), which keeps it out of the process list.</source>
        <translation>Жұмыс орнының токені (сақталғанының орнына); &quot;-&quot; көрсетілсе, токен стандартты кірістен (бір жол) оқылады, сондықтан ол процестер тізімінде көрінбейді.</translation>
    </message>
    <message>
        <source>Save the office&apos;s address in the store&apos;s settings (sync.office_url) and the workstation&apos;s token in a file of its own outside the store, readable by this user only (see &quot;sync status&quot;), so that copies and backups of the store never carry it. Recorded in the audit trail, without the token.</source>
        <translation>Орталық сервердің мекенжайын дерекқор баптауларында (sync.office_url), ал жұмыс орнының токенін дерекқордан тыс, тек осы пайдаланушы ғана оқи алатын жеке файлда сақтау (&quot;sync status&quot; қараңыз), осылайша дерекқордың көшірмелері мен сақтық көшірмелерінде токен ешқашан болмайды. Аудит журналына токенсіз тіркеледі.</translation>
    </message>
    <message>
        <source>The office&apos;s address (https; http only on this computer).</source>
        <translation>Орталық сервердің мекенжайы (https; http тек осы компьютерде).</translation>
    </message>
    <message>
        <source>The token the office gave this workstation; &quot;-&quot; reads it from standard input (one line), which keeps it out of the process list.</source>
        <translation>Орталық сервер осы жұмыс орнына берген токен; &quot;-&quot; көрсетілсе, токен стандартты кірістен (бір жол) оқылады, сондықтан ол процестер тізімінде көрінбейді.</translation>
    </message>
    <message>
        <source>Show the sync settings (never the token, only whether it is set and the file that keeps it), the applications waiting for the office and the oldest of them, conflicts and refused items, the last pulled update, the last successful sync and the last error.</source>
        <translation>Синхрондау баптауларын (токеннің өзі ешқашан көрсетілмейді, тек оның орнатылған-орнатылмағаны және ол сақталатын файл), орталық серверге жіберілуін күтіп тұрған өтінімдерді және олардың ең ертерегін, қайшылықтар мен қабылданбаған жазбаларды, соңғы алынған жаңартуды, соңғы сәтті синхрондауды және соңғы қатені көрсету.</translation>
    </message>
    <message>
        <source>Sync of the workstation with the office: push the outbox, pull the decisions.</source>
        <translation>Жұмыс орнын орталық сервермен синхрондау: жіберу кезегін жөнелту, шешімдерді алу.</translation>
    </message>
</context>
<context>
    <name>dsnctl::audit</name>
    <message>
        <source>no office is set up: give the office&apos;s URL and --token TOKEN, or save them with &quot;dsnctl sync configure&quot;</source>
        <translation>орталық сервер бапталмаған: орталық сервердің URL мекенжайын және --token TOKEN параметрін көрсетіңіз немесе оларды &quot;dsnctl sync configure&quot; пәрменімен сақтаңыз</translation>
    </message>
    <message>
        <source>audit trail intact: %1 entries</source>
        <translation>аудит журналы бүтін: %1 жазба</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>аудит журналы %1 жазбада бұзылған: %2</translation>
    </message>
    <message>
        <source>the office&apos;s anchors could not be read: %1</source>
        <translation>орталық сервердің бақылау нүктелерін оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>office anchor: %1</source>
        <translation>орталық сервердің бақылау нүктесі: %1</translation>
    </message>
    <message>
        <source>the office flagged this workstation&apos;s audit trail on %1 and refuses its sync until an office administrator has reviewed it: %2</source>
        <translation>орталық сервер %1 осы жұмыс орнының аудит журналына бұзылу белгісін қойды және орталық сервер әкімшісі оны тексергенге дейін жұмыс орнының синхрондауын қабылдамайды: %2</translation>
    </message>
    <message numerus="yes">
        <source>office anchors held: %n anchor(s) of workstation %1 checked</source>
        <translation>
            <numerusform>орталық сервердің бақылау нүктелері сәйкес келеді: %1 жұмыс орнының %n бақылау нүктесі тексерілді</numerusform>
            <numerusform>орталық сервердің бақылау нүктелері сәйкес келеді: %1 жұмыс орнының %n бақылау нүктесі тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <source>an office&apos;s URL and --token go with --office</source>
        <translation>орталық сервердің URL мекенжайы мен --token тек --office параметрімен бірге көрсетіледі</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>%1 жолында дерекқор табылмады</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>%1 дерекқорын ашу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Walk the audit chain. Exit 0 when it holds; 1 naming the first broken entry (its id and what is wrong). With --office also read the anchors the office keeps of this workstation&apos;s chain (from its pushes) and check each against the local chain: exit 1 naming every anchor that is missing here or does not match, or when the office has flagged the workstation. The office and the token are the saved sync settings unless given.</source>
        <translation>Аудит тізбегін басынан аяғына дейін тексеру. Тізбек бүтін болса, шығу коды 0; әйтпесе бұзылған бірінші жазба (оның идентификаторы және қатенің мәні) аталып, шығу коды 1. --office көрсетілсе, орталық сервер осы жұмыс орнының тізбегінен (оның жіберілімдерінен) сақтаған бақылау нүктелері де оқылып, әрқайсысы жергілікті тізбекпен салыстырылады: мұнда жоқ немесе сәйкес келмейтін әрбір бақылау нүктесі аталып, шығу коды 1; орталық сервер жұмыс орнына бұзылу белгісін қойған болса да, шығу коды 1. Орталық сервер мен токен көрсетілмесе, сақталған синхрондау баптаулары пайдаланылады.</translation>
    </message>
    <message>
        <source>Check the chain against the office&apos;s anchors too.</source>
        <translation>Тізбекті орталық сервердің бақылау нүктелерімен де салыстыру.</translation>
    </message>
    <message>
        <source>The workstation&apos;s token, instead of the saved one; &quot;-&quot; reads it from standard input (one line).</source>
        <translation>Жұмыс орнының токені (сақталғанының орнына); &quot;-&quot; көрсетілсе, токен стандартты кірістен (бір жол) оқылады.</translation>
    </message>
</context>
<context>
    <name>dsnctl::calendar</name>
    <message>
        <source>calendar data not loaded: %1</source>
        <translation>күнтізбе деректері жүктелмеді: %1</translation>
    </message>
    <message>
        <source>no calendar data for %1: the date of Kurban Ait and the decree transfers of that year are unknown (add resources/calendar/%1.json or give --data)</source>
        <translation>%1 жылға арналған күнтізбе деректері жоқ: сол жылғы Құрбан айт күні және демалыс күндерінің қаулымен ауыстырылуы белгісіз (resources/calendar/%1.json файлын қосыңыз немесе --data параметрін көрсетіңіз)</translation>
    </message>
    <message>
        <source>invalid year &apos;%1&apos; (expected four digits, %2-%3)</source>
        <translation>&apos;%1&apos; жылы жарамсыз (төрт цифр күтілген, %2-%3)</translation>
    </message>
    <message>
        <source>missing --received YYYY-MM-DDTHH:MM</source>
        <translation>--received YYYY-MM-DDTHH:MM параметрі көрсетілмеген</translation>
    </message>
    <message>
        <source>invalid --received &apos;%1&apos; (expected YYYY-MM-DDTHH:MM[:SS], optionally followed by Z or an offset such as +05:00)</source>
        <translation>--received үшін &apos;%1&apos; мәні жарамсыз (YYYY-MM-DDTHH:MM[:SS] күтілген, соңынан Z немесе +05:00 сияқты ығысу жазылуы мүмкін)</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; күні жарамсыз (YYYY-MM-DD күтілген)</translation>
    </message>
    <message>
        <source>invalid number of working days &apos;%1&apos; (expected a whole number from %2 to %3)</source>
        <translation>жұмыс күндерінің саны &apos;%1&apos; жарамсыз (%2 мен %3 аралығындағы бүтін сан күтілген)</translation>
    </message>
</context>
<context>
    <name>dsnctl::db</name>
    <message>
        <source>no store at %1</source>
        <translation>%1 жолында дерекқор табылмады</translation>
    </message>
    <message>
        <source>%1: program %2 (process %3) still writes to %4, which was deleted: what it saved since is not in the store. Keep that program open and call support; the file can still be copied from %5.</source>
        <translation>%1: %2 бағдарламасы (%3 процесі) жойылған %4 файлына әлі де жазып жатыр: содан бері ол сақтаған деректер дерекқорда жоқ. Ол бағдарламаны жаппаңыз және техникалық қолдау қызметіне хабарласыңыз; файлды әзірге %5 жолынан көшіріп алуға болады.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>дұрыс: %1</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>тұтастық: дұрыс</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>схема нұсқасы: %1</translation>
    </message>
    <message>
        <source>audit trail: intact, %1 entries</source>
        <translation>аудит журналы: бүтін, %1 жазба</translation>
    </message>
    <message>
        <source>cases: case numbers, counters and intakes agree</source>
        <translation>істер: іс нөмірлері, есептегіштер және қабылдау жазбалары өзара сәйкес келеді</translation>
    </message>
    <message>
        <source>a file already exists at %1; it was left unchanged</source>
        <translation>%1 жолында файл бұрыннан бар; ол өзгертілмеді</translation>
    </message>
    <message>
        <source>new store: %1</source>
        <translation>жаңа дерекқор: %1</translation>
    </message>
    <message>
        <source>next: create the first administrator (dsnctl user add NAME --role admin --office CODE, password on standard input) or start the workstation</source>
        <translation>келесі қадам: бірінші әкімшіні құрыңыз (dsnctl user add NAME --role admin --office CODE, құпиясөз стандартты кірістен беріледі) немесе жұмыс орнын іске қосыңыз</translation>
    </message>
    <message>
        <source>backup not written: %1</source>
        <translation>сақтық көшірме жазылмады: %1</translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation>сақтық көшірме жазылды: %1</translation>
    </message>
    <message>
        <source>verified: integrity ok, schema version %1, audit trail intact with %2 entries</source>
        <translation>тексерілді: тұтастық дұрыс, схема нұсқасы %1, аудит журналы бүтін, %2 жазба</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 дерекқоры қалпына келтірілді, көзі: %2</translation>
    </message>
    <message>
        <source>schema version %1, audit trail intact with %2 entries</source>
        <translation>схема нұсқасы %1, аудит журналы бүтін, %2 жазба</translation>
    </message>
    <message>
        <source>the previous store is kept at %1</source>
        <translation>алдыңғы дерекқор %1 жолында сақталды</translation>
    </message>
</context>
<context>
    <name>dsnctl::secret</name>
    <message>
        <source>Token: </source>
        <translation>Токен: </translation>
    </message>
    <message>
        <source>--token -: no token on standard input (give it as one line)</source>
        <translation>--token -: стандартты кірісте токен жоқ (оны бір жолмен беріңіз)</translation>
    </message>
    <message>
        <source>--token must not be empty</source>
        <translation>--token мәні бос болмауы тиіс</translation>
    </message>
</context>
<context>
    <name>dsnctl::store</name>
    <message>
        <source>--db names an office database; this command works on a workstation store (a file path or sqlite:PATH)</source>
        <translation>--db параметрінде орталық сервер дерекқоры көрсетілген; бұл пәрмен жұмыс орнының дерекқорымен жұмыс істейді (файл жолы немесе sqlite:PATH)</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>%1 жолында дерекқор табылмады</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>%1 дерекқорын ашу мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>dsnctl::user</name>
    <message>
        <source>missing --role</source>
        <translation>--role параметрі көрсетілмеген</translation>
    </message>
    <message>
        <source>missing --office</source>
        <translation>--office параметрі көрсетілмеген</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Құпиясөз: </translation>
    </message>
    <message>
        <source>no password on standard input (give it as one line)</source>
        <translation>стандартты кірісте құпиясөз жоқ (оны бір жолмен беріңіз)</translation>
    </message>
    <message>
        <source>created user %1 (id %2, role %3, office %4)</source>
        <translation>%1 пайдаланушысы құрылды (идентификатор %2, рөлі %3, бөлімше %4)</translation>
    </message>
</context>
</TS>
