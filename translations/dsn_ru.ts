<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application for DSN codes (Appendix 1)</source>
        <translation>Заявка на присвоение ПИН-кодов (приложение 1)</translation>
    </message>
    <message>
        <source>Application for DSN codes for petroleum products (Appendix 1)</source>
        <translation>Заявка на присвоение ПИН-кодов нефтепродуктам (приложение 1)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>&amp;Queue ticket:</source>
        <translation>&amp;Талон очереди:</translation>
    </message>
    <message>
        <source>&amp;Department addressed:</source>
        <translation>Департамент, в &amp;который подается заявка:</translation>
    </message>
    <message>
        <source>Taxpayer &amp;name:</source>
        <translation>&amp;Наименование налогоплательщика:</translation>
    </message>
    <message>
        <source>&amp;IIN/BIN:</source>
        <translation>&amp;ИИН/БИН:</translation>
    </message>
    <message>
        <source>Subject &amp;type:</source>
        <translation>&amp;Вид субъекта:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Нефтепродукты</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Вид нефтепродукта</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Наименование нефтепродукта</translation>
    </message>
    <message>
        <source>Technical specification (GOST, TU, ...)</source>
        <translation>Техническая характеристика (ГОСТ, ТУ и т.д.)</translation>
    </message>
    <message>
        <source>Add row (Ins)</source>
        <translation>Добавить строку (Ins)</translation>
    </message>
    <message>
        <source>Remove row (Ctrl+Del)</source>
        <translation>Удалить строку (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Head of the subject</source>
        <translation>Руководитель субъекта</translation>
    </message>
    <message>
        <source>&amp;Save and print receipt (Ctrl+S)</source>
        <translation>Со&amp;хранить и напечатать расписку (Ctrl+S)</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Способ при&amp;ема:</translation>
    </message>
    <message>
        <source>Application dat&amp;e:</source>
        <translation>Дата &amp;заявки:</translation>
    </message>
    <message>
        <source>Producing c&amp;ountry:</source>
        <translation>Страна-&amp;производитель:</translation>
    </message>
    <message>
        <source>Territorial &amp;unit:</source>
        <translation>&amp;Административно-территориальная единица:</translation>
    </message>
    <message>
        <source>Head (surname, name, &amp;patronymic):</source>
        <translation>Р&amp;уководитель (фамилия, имя, отчество):</translation>
    </message>
    <message>
        <source>Clea&amp;r form</source>
        <translation>&amp;Очистить форму</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Время приема:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Работник, принявший заявку:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Время регистрации:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Department addressed:</source>
        <translation>Департамент, в который подается заявка:</translation>
    </message>
    <message>
        <source>Application date:</source>
        <translation>Дата заявки:</translation>
    </message>
    <message>
        <source>Taxpayer name:</source>
        <translation>Наименование налогоплательщика:</translation>
    </message>
    <message>
        <source>IIN/BIN:</source>
        <translation>ИИН/БИН:</translation>
    </message>
    <message>
        <source>Subject type:</source>
        <translation>Вид субъекта:</translation>
    </message>
    <message>
        <source>Country of production:</source>
        <translation>Страна-производитель:</translation>
    </message>
    <message>
        <source>Territorial unit:</source>
        <translation>Административно-территориальная единица:</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Способ приема:</translation>
    </message>
    <message>
        <source>Queue ticket:</source>
        <translation>Талон очереди:</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Нефтепродукты</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Printed &amp;documents</source>
        <translation>Напечатанные &amp;документы</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Case number, IIN/BIN, taxpayer or product</source>
        <translation>Номер дела, ИИН/БИН, налогоплательщик или нефтепродукт</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation>При&amp;нято с:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Только просро&amp;ченные</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>DSN Workstation</source>
        <translation>Рабочее место «ПИН-код»</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DSN Workstation</source>
        <translation>Рабочее место «ПИН-код»</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Новая заявка</translation>
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
        <translation>&amp;Печать расписки…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>&amp;Audit check</source>
        <translation>Проверка журнала &amp;аудита</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Send waiting applications to the office and fetch its decisions now (F5)</source>
        <translation>Немедленно отправить ожидающие заявки на центральный сервер и получить его решения (F5)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Закрыть &amp;программу</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>dsn::Action</name>
    <message>
        <source>New application</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Печать расписки</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Немедленная синхронизация</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>dsn::Application</name>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Текст слишком длинный: допускается не более %n символа.</numerusform>
            <numerusform>Текст слишком длинный: допускается не более %n символов.</numerusform>
            <numerusform>Текст слишком длинный: допускается не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the State Revenue Department.</source>
        <translation>Выберите Департамент государственных доходов.</translation>
    </message>
    <message>
        <source>There is no State Revenue Department with code %1.</source>
        <translation>Департамент государственных доходов с кодом %1 не найден.</translation>
    </message>
    <message>
        <source>The State Revenue Department %1 no longer exists; choose the current one.</source>
        <translation>Департамент государственных доходов %1 упразднен; выберите действующий департамент.</translation>
    </message>
    <message>
        <source>Enter the date of the application.</source>
        <translation>Введите дату заявки.</translation>
    </message>
    <message>
        <source>The application is dated after the day it was received.</source>
        <translation>Дата заявки позже дня ее приема.</translation>
    </message>
    <message>
        <source>Enter the taxpayer&apos;s name.</source>
        <translation>Введите наименование налогоплательщика.</translation>
    </message>
    <message>
        <source>Choose whether the subject is a producer or an importer.</source>
        <translation>Выберите вид субъекта: производитель или импортер.</translation>
    </message>
    <message>
        <source>Choose the producing country.</source>
        <translation>Выберите страну-производителя.</translation>
    </message>
    <message>
        <source>There is no producing country with code %1.</source>
        <translation>Страна-производитель с кодом %1 не найдена.</translation>
    </message>
    <message>
        <source>Choose the administrative-territorial unit of the subject.</source>
        <translation>Выберите административно-территориальную единицу субъекта.</translation>
    </message>
    <message>
        <source>There is no administrative-territorial unit with code %1.</source>
        <translation>Административно-территориальная единица с кодом %1 не найдена.</translation>
    </message>
    <message>
        <source>Enter the head&apos;s full name.</source>
        <translation>Введите фамилию, имя, отчество руководителя.</translation>
    </message>
    <message>
        <source>Enter the date and time of receipt.</source>
        <translation>Введите дату и время приема заявки.</translation>
    </message>
    <message>
        <source>The time of receipt is before %1, when the Rules for assigning DSN codes (Order No. 579 of 8 June 2020) took force.</source>
        <translation>Время приема раньше %1 — момента вступления в силу Правил присвоения ПИН-кодов (приказ № 579 от 8 июня 2020 года).</translation>
    </message>
    <message>
        <source>The time of receipt is in the future.</source>
        <translation>Время приема указано в будущем.</translation>
    </message>
    <message numerus="yes">
        <source>The queue ticket is too long: at most %n characters.</source>
        <translation>
            <numerusform>Номер талона очереди слишком длинный: допускается не более %n символа.</numerusform>
            <numerusform>Номер талона очереди слишком длинный: допускается не более %n символов.</numerusform>
            <numerusform>Номер талона очереди слишком длинный: допускается не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one product.</source>
        <translation>Добавьте не менее одного нефтепродукта.</translation>
    </message>
    <message numerus="yes">
        <source>Too many products: at most %n in one application.</source>
        <translation>
            <numerusform>Слишком много нефтепродуктов: в одной заявке допускается не более %n наименования.</numerusform>
            <numerusform>Слишком много нефтепродуктов: в одной заявке допускается не более %n наименований.</numerusform>
            <numerusform>Слишком много нефтепродуктов: в одной заявке допускается не более %n наименований.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: choose a product type from 1 to 4.</source>
        <translation>Строка %1: выберите вид нефтепродукта от 1 до 4.</translation>
    </message>
    <message>
        <source>Line %1: enter the product name.</source>
        <translation>Строка %1: введите наименование нефтепродукта.</translation>
    </message>
    <message>
        <source>Line %1: the product name is too long.</source>
        <translation>Строка %1: наименование нефтепродукта слишком длинное.</translation>
    </message>
    <message>
        <source>Line %1: enter the technical specification (GOST, technical conditions).</source>
        <translation>Строка %1: введите техническую характеристику (ГОСТ, технические условия).</translation>
    </message>
    <message>
        <source>Line %1: the technical specification is too long.</source>
        <translation>Строка %1: техническая характеристика слишком длинная.</translation>
    </message>
    <message>
        <source>Line %1 repeats a product of the same type and name.</source>
        <translation>В строке %1 повторяется нефтепродукт того же вида и с тем же наименованием.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit %1 (%2) no longer exists: its code stays only in DSN codes given before. Choose the unit the subject belongs to now.</source>
        <translation>Административно-территориальной единицы %1 (%2) больше нет: ее код сохраняется только в ранее присвоенных ПИН-кодах. Выберите единицу, к которой субъект относится сейчас.</translation>
    </message>
</context>
<context>
    <name>dsn::ApplicationJson</name>
    <message>
        <source>The key is missing.</source>
        <translation>Ключ отсутствует.</translation>
    </message>
    <message>
        <source>Expected a text string.</source>
        <translation>Ожидается текстовая строка.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Ожидается целое число.</translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation>Неизвестный ключ.</translation>
    </message>
    <message>
        <source>Expected &quot;producer&quot; or &quot;importer&quot;.</source>
        <translation>Ожидается значение &quot;producer&quot; или &quot;importer&quot;.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 date and time, for example 2025-03-04T10:15:00+05:00.</source>
        <translation>Ожидаются дата и время в формате ISO 8601, например 2025-03-04T10:15:00+05:00.</translation>
    </message>
    <message>
        <source>Expected &quot;counter&quot; or &quot;home&quot;.</source>
        <translation>Ожидается значение &quot;counter&quot; или &quot;home&quot;.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 date, for example 2025-03-04.</source>
        <translation>Ожидается дата в формате ISO 8601, например 2025-03-04.</translation>
    </message>
    <message>
        <source>Expected a list of products.</source>
        <translation>Ожидается список нефтепродуктов.</translation>
    </message>
    <message>
        <source>Expected an object with type, name and spec.</source>
        <translation>Ожидается объект с полями type, name и spec.</translation>
    </message>
    <message>
        <source>Expected one application as a JSON object.</source>
        <translation>Ожидается одна заявка в виде объекта JSON.</translation>
    </message>
</context>
<context>
    <name>dsn::AuditAnchor</name>
    <message>
        <source>entry %1, anchored by the office on %2, is missing here: entries were removed.</source>
        <translation>запись %1, зафиксированная центральным сервером %2 в качестве контрольной точки, здесь отсутствует: записи были удалены.</translation>
    </message>
    <message>
        <source>entry %1 does not have the hash the office anchored on %2: entries up to it were changed, removed or re-chained.</source>
        <translation>хеш записи %1 не совпадает с хешем, зафиксированным центральным сервером в контрольной точке %2: записи вплоть до нее были изменены, удалены или цепочка была перестроена.</translation>
    </message>
</context>
<context>
    <name>dsn::Calendar</name>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Day off by decree</source>
        <translation>Выходной день по постановлению</translation>
    </message>
    <message>
        <source>Working day by decree</source>
        <translation>Рабочий день по постановлению</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Праздничный день: %1</translation>
    </message>
    <message>
        <source>Day off moved from a weekend holiday: %1</source>
        <translation>Выходной день, перенесенный с праздника, совпавшего с выходным днем: %1</translation>
    </message>
</context>
<context>
    <name>dsn::CalendarData</name>
    <message>
        <source>%1: unknown field &quot;%2&quot; (expected: %3)</source>
        <translation>%1: неизвестное поле &quot;%2&quot; (допустимые поля: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>%1: &quot;%2&quot; не является датой в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: %2 is not in %3</source>
        <translation>%1: дата %2 не относится к %3 году</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text</source>
        <translation>%1: значение &quot;%2&quot; должно быть текстом</translation>
    </message>
    <message>
        <source>%1: %2 is listed more than once</source>
        <translation>%1: дата %2 указана более одного раза</translation>
    </message>
    <message>
        <source>&quot;daysOff&quot; must be a list</source>
        <translation>&quot;daysOff&quot; должен быть списком</translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;date&quot;</source>
        <translation>%1: ожидается объект с полем &quot;date&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is a Sunday, already a day off</source>
        <translation>%1: %2 — воскресенье, этот день и без того выходной</translation>
    </message>
    <message>
        <source>%1: %2 is already a day off by law (%3)</source>
        <translation>%1: %2 и без того является выходным днем по закону (%3)</translation>
    </message>
    <message>
        <source>&quot;workingDays&quot; must be a list</source>
        <translation>&quot;workingDays&quot; должен быть списком</translation>
    </message>
    <message>
        <source>%1: %2 is a %3, already a working day; a decree can only make a Saturday or a Sunday a working day</source>
        <translation>%1: %2 (%3) и без того является рабочим днем; постановлением рабочим днем можно объявить только субботу или воскресенье</translation>
    </message>
    <message>
        <source>%1: %2 is a holiday (%3) and cannot be made a working day</source>
        <translation>%1: %2 — праздничный день (%3), его нельзя объявить рабочим днем</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a whole number from %1 to %2</source>
        <translation>&quot;year&quot; должен быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>отсутствует &quot;%1&quot;</translation>
    </message>
    <message>
        <source>daysOff: %1 is given in exchange for %2, which is not listed in &quot;workingDays&quot;</source>
        <translation>daysOff: %1 предоставлен взамен %2, однако эта дата не указана в &quot;workingDays&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>недопустимый JSON: %1 (строка %2, столбец %3)</translation>
    </message>
    <message>
        <source>the year %1 is given more than once</source>
        <translation>%1 год указан более одного раза</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>expected a year object or a list of year objects</source>
        <translation>ожидается объект года или список объектов годов</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>holds the year %1 where %2 was expected</source>
        <translation>содержит данные за %1 год, хотя ожидался %2 год</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>нет такого файла или каталога</translation>
    </message>
    <message>
        <source>no calendar files (YYYY.json) in the directory</source>
        <translation>в каталоге нет файлов календаря (YYYY.json)</translation>
    </message>
    <message>
        <source>a calendar file must be named after its year, as 2026.json</source>
        <translation>файл календаря должен называться по своему году, например 2026.json</translation>
    </message>
</context>
<context>
    <name>dsn::CaseConsistency</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>Не удалось прочитать дела: %1</translation>
    </message>
    <message>
        <source>The case number &quot;%1&quot; is not a case number.</source>
        <translation>&quot;%1&quot; не является номером дела.</translation>
    </message>
    <message>
        <source>The case numbers %1 and %2 are the same number.</source>
        <translation>Номера дел %1 и %2 совпадают.</translation>
    </message>
    <message>
        <source>... and %1 more case numbers that do not parse.</source>
        <translation>... и еще номеров дел, которые не удается разобрать: %1.</translation>
    </message>
    <message>
        <source>... and %1 more repeated case numbers.</source>
        <translation>... и еще повторяющихся номеров дел: %1.</translation>
    </message>
    <message>
        <source>The case counter of %1 stands at %2, but case %3 exists: numbers would be handed out twice.</source>
        <translation>Счетчик дел %1 равен %2, однако дело %3 уже существует: номера были бы выданы повторно.</translation>
    </message>
    <message>
        <source>Case %1 was taken in (audit entry %2) but is not in the store.</source>
        <translation>Дело %1 принято (запись аудита %2), но отсутствует в базе данных.</translation>
    </message>
    <message>
        <source>The case number %1 was taken in %2 times.</source>
        <translation>Номер дела %1 принят более одного раза (количество приемов: %2).</translation>
    </message>
    <message>
        <source>... and %1 more cases taken in but missing.</source>
        <translation>... и еще принятых, но отсутствующих дел: %1.</translation>
    </message>
    <message>
        <source>... and %1 more case numbers taken in more than once.</source>
        <translation>... и еще номеров дел, принятых более одного раза: %1.</translation>
    </message>
</context>
<context>
    <name>dsn::CaseLifecycle</name>
    <message>
        <source>a new case</source>
        <translation>новое дело</translation>
    </message>
    <message>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Дело не может перейти из статуса &quot;%1&quot; в статус &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not move a case from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Роль &quot;%1&quot; не дает права переводить дело из статуса &quot;%2&quot; в статус &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>dsn::CaseNumber</name>
    <message>
        <source>The case number holds control characters; nothing was stored.</source>
        <translation>Номер дела содержит управляющие символы; ничего не сохранено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number of the form CODE-YEAR-SERIAL; nothing was stored.</source>
        <translation>&quot;%1&quot; не является номером дела вида КОД-ГОД-НОМЕР; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The case number %1 belongs to workstation %2, not to %3: a workstation hands in only its own cases; nothing was stored.</source>
        <translation>Номер дела %1 принадлежит рабочему месту %2, а не %3: рабочее место передает только собственные дела; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>dsn::CaseStatus</name>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Sent to the revenue department</source>
        <translation>Направлено в Департамент государственных доходов</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Codes issued</source>
        <translation>ПИН-коды присвоены</translation>
    </message>
    <message>
        <source>Partly issued</source>
        <translation>Присвоены частично</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Ready at the State Corporation</source>
        <translation>Готово к выдаче в Госкорпорации</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Выдано заявителю</translation>
    </message>
    <message>
        <source>Transferred to the revenue department after a month</source>
        <translation>Передано в Департамент государственных доходов по истечении месяца</translation>
    </message>
    <message>
        <source>Returned for hand-over</source>
        <translation>Возвращено для выдачи</translation>
    </message>
</context>
<context>
    <name>dsn::CaseStore</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Дело %1 не найдено.</translation>
    </message>
    <message>
        <source>The workstation has no valid code yet, so no case number can be given. An administrator sets it in the settings (workstation.code, for example AST01).</source>
        <translation>У рабочего места еще нет действительного кода, поэтому номер дела присвоить невозможно. Код задает администратор в настройках (workstation.code, например AST01).</translation>
    </message>
    <message>
        <source>The working calendar of %1 kept in the store is not valid.</source>
        <translation>Производственный календарь на %1 год, хранящийся в базе данных, недействителен.</translation>
    </message>
    <message numerus="yes">
        <source>The application has %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>В заявке %n ошибка; ничего не записано.</numerusform>
            <numerusform>В заявке %n ошибки; ничего не записано.</numerusform>
            <numerusform>В заявке %n ошибок; ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the workstation itself may enter an application on behalf of its counter.</source>
        <translation>Вносить заявку от имени окна приема может только само рабочее место.</translation>
    </message>
    <message>
        <source>Say why the workstation enters the application.</source>
        <translation>Укажите, по какой причине рабочее место вносит заявку.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>Дело %1 имеет неизвестный статус.</translation>
    </message>
    <message>
        <source>A printed document needs its kind and content hash.</source>
        <translation>Для печатного документа необходимо указать его вид и хеш содержимого.</translation>
    </message>
</context>
<context>
    <name>dsn::Certificate</name>
    <message>
        <source>The certificate does not say whether the subject is a producer or an importer.</source>
        <translation>В свидетельстве не указано, является ли субъект производителем или импортером.</translation>
    </message>
    <message>
        <source>The certificate has no producing country.</source>
        <translation>В свидетельстве не указана страна-производитель.</translation>
    </message>
    <message>
        <source>The certificate has no administrative-territorial unit of the subject.</source>
        <translation>В свидетельстве не указана административно-территориальная единица субъекта.</translation>
    </message>
    <message>
        <source>The certificate lists no DSN code.</source>
        <translation>В свидетельстве нет ни одного ПИН-кода.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the certificate is not a DSN code.</source>
        <translation>«%1» в свидетельстве не является ПИН-кодом.</translation>
    </message>
    <message>
        <source>Every product on the certificate needs a type and a name.</source>
        <translation>У каждого нефтепродукта в свидетельстве должны быть вид и наименование.</translation>
    </message>
    <message>
        <source>The certificate has no verification token from the office for its QR code.</source>
        <translation>Для QR-кода свидетельства нет проверочного токена центрального сервера.</translation>
    </message>
    <message>
        <source>The verification token must be one word of printable ASCII of at most %1 characters.</source>
        <translation>Проверочный токен должен быть одним словом из печатных символов ASCII длиной не более %1 символов.</translation>
    </message>
    <message>
        <source>Certificates are printed in Kazakh or Russian.</source>
        <translation>Свидетельство печатается на казахском или русском языке.</translation>
    </message>
</context>
<context>
    <name>dsn::Complaint</name>
    <message>
        <source>Head of the revenue department</source>
        <translation>Руководитель Департамента государственных доходов</translation>
    </message>
    <message>
        <source>Head of the State Corporation</source>
        <translation>Руководитель Госкорпорации</translation>
    </message>
    <message>
        <source>Body assessing the quality of public services</source>
        <translation>Уполномоченный орган по оценке качества оказания государственных услуг</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Удовлетворена</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Оставлена без удовлетворения</translation>
    </message>
</context>
<context>
    <name>dsn::DecisionBuilder</name>
    <message>
        <source>Case %1 has no decision number yet: its certificate or refusal letter is printed once the office&apos;s decision has arrived.</source>
        <translation>У дела %1 еще нет номера решения: свидетельство или письмо об отказе печатается после поступления решения центрального сервера.</translation>
    </message>
    <message>
        <source>No line of case %1 was issued: there is no certificate to print.</source>
        <translation>Ни по одной позиции дела %1 ПИН-код не присвоен: печатать свидетельство не о чем.</translation>
    </message>
    <message>
        <source>No line of case %1 was refused: there is no refusal letter to print.</source>
        <translation>Ни по одной позиции дела %1 не было отказа: печатать письмо об отказе не о чем.</translation>
    </message>
</context>
<context>
    <name>dsn::DecisionDocument</name>
    <message>
        <source>The document has no case number.</source>
        <translation>В документе нет номера дела.</translation>
    </message>
    <message>
        <source>The document has no time the application was accepted.</source>
        <translation>В документе нет времени приема заявки.</translation>
    </message>
    <message>
        <source>The document has no decision number.</source>
        <translation>В документе нет номера решения.</translation>
    </message>
    <message>
        <source>The document has no date of the decision.</source>
        <translation>В документе нет даты решения.</translation>
    </message>
    <message>
        <source>The decision is dated before the application was accepted.</source>
        <translation>Решение датировано раньше приема заявки.</translation>
    </message>
    <message>
        <source>The document has no State Revenue Department.</source>
        <translation>В документе не указан Департамент государственных доходов.</translation>
    </message>
    <message>
        <source>The document has no taxpayer name.</source>
        <translation>В документе нет наименования налогоплательщика.</translation>
    </message>
    <message>
        <source>The IIN/BIN on the document must be 12 digits.</source>
        <translation>ИИН/БИН в документе должен состоять из 12 цифр.</translation>
    </message>
    <message>
        <source>The document has no name of the reviewer who took the decision.</source>
        <translation>В документе нет Ф. И. О. работника, принявшего решение.</translation>
    </message>
    <message>
        <source>The document lacks the legal reference &quot;%1&quot;.</source>
        <translation>В документе нет правовой ссылки «%1».</translation>
    </message>
</context>
<context>
    <name>dsn::DocumentEngine</name>
    <message>
        <source>The document was not prepared.</source>
        <translation>Документ не подготовлен.</translation>
    </message>
    <message>
        <source>The printer could not start printing.</source>
        <translation>Принтеру не удалось начать печать.</translation>
    </message>
    <message>
        <source>No document template.</source>
        <translation>Шаблон документа отсутствует.</translation>
    </message>
</context>
<context>
    <name>dsn::DocumentFonts</name>
    <message>
        <source>The font file %1 is missing; install the package fonts-dejavu-core.</source>
        <translation>Файл шрифта %1 не найден; установите пакет fonts-dejavu-core.</translation>
    </message>
    <message>
        <source>The font file %1 could not be loaded.</source>
        <translation>Не удалось загрузить файл шрифта %1.</translation>
    </message>
    <message>
        <source>The font %1 has no letter %2.</source>
        <translation>В шрифте %1 нет буквы %2.</translation>
    </message>
    <message>
        <source>Printed documents need the graphical application object (QGuiApplication).</source>
        <translation>Для печати документов требуется объект графического приложения (QGuiApplication).</translation>
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
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the texts table is empty</source>
        <translation>таблица текстов пуста</translation>
    </message>
    <message>
        <source>the header must name the columns key, kk and ru</source>
        <translation>в строке заголовка должны быть указаны столбцы key, kk и ru</translation>
    </message>
    <message>
        <source>row %1 has %2 fields, the header has %3</source>
        <translation>в строке %1 полей: %2, а в заголовке: %3</translation>
    </message>
    <message>
        <source>row %1: the key &quot;%2&quot; is not a name or is repeated</source>
        <translation>строка %1: ключ &quot;%2&quot; не является именем или повторяется</translation>
    </message>
    <message>
        <source>a placeholder is not closed with }}</source>
        <translation>поле подстановки не закрыто символами }}</translation>
    </message>
    <message>
        <source>repeated blocks cannot be nested</source>
        <translation>повторяющиеся блоки не могут быть вложенными</translation>
    </message>
    <message>
        <source>a repeated block has no valid list name</source>
        <translation>у повторяющегося блока нет допустимого имени списка</translation>
    </message>
    <message>
        <source>the repeated block {{#%1}} has no {{/%1}}</source>
        <translation>у повторяющегося блока {{#%1}} нет {{/%1}}</translation>
    </message>
    <message>
        <source>no list named &quot;%1&quot; in the document data</source>
        <translation>в данных документа нет списка с именем &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 closes no repeated block</source>
        <translation>%1 не закрывает ни одного повторяющегося блока</translation>
    </message>
    <message>
        <source>a fixed text cannot include another fixed text</source>
        <translation>постоянный текст не может включать другой постоянный текст</translation>
    </message>
    <message>
        <source>no fixed text &quot;%1&quot; in the texts table</source>
        <translation>в таблице текстов нет постоянного текста &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the fixed text &quot;%1&quot; has no %2 version</source>
        <translation>у постоянного текста &quot;%1&quot; нет версии %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>&quot;%1&quot; не является именем поля подстановки</translation>
    </message>
    <message>
        <source>no value for {{%1}}</source>
        <translation>нет значения для {{%1}}</translation>
    </message>
    <message>
        <source>Template error, line %1: %2</source>
        <translation>Ошибка шаблона, строка %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>the value of {{%1}} is not the key of a fixed text</source>
        <translation>значение {{%1}} не является ключом постоянного текста</translation>
    </message>
</context>
<context>
    <name>dsn::DsnCode</name>
    <message>
        <source>Enter the DSN code: 12 or more digits.</source>
        <translation>Введите ПИН-код: 12 или более цифр.</translation>
    </message>
    <message>
        <source>A DSN code consists of digits only.</source>
        <translation>ПИН-код состоит только из цифр.</translation>
    </message>
    <message>
        <source>A DSN code has at least 12 digits.</source>
        <translation>ПИН-код содержит не менее 12 цифр.</translation>
    </message>
    <message>
        <source>The brand number (from the 10th digit on) has more than 9 digits.</source>
        <translation>Номер марки (начиная с 10-й цифры) содержит более 9 цифр.</translation>
    </message>
    <message>
        <source>A brand number from 1000 on is written without leading zeros.</source>
        <translation>Номер марки начиная с 1000 записывается без ведущих нулей.</translation>
    </message>
    <message>
        <source>The country (1st digit) must be 1 to 6.</source>
        <translation>Страна (1-я цифра) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit (digits 2-4) must be 001 to 258.</source>
        <translation>Административно-территориальная единица (цифры 2-4) должна быть от 001 до 258.</translation>
    </message>
    <message>
        <source>The market subject number (digits 5-8) must be 0001 to 9999.</source>
        <translation>Номер субъекта рынка (цифры 5-8) должен быть от 0001 до 9999.</translation>
    </message>
    <message>
        <source>The product type (9th digit) must be 1 to 4.</source>
        <translation>Вид продукта (9-я цифра) должен быть от 1 до 4.</translation>
    </message>
    <message>
        <source>The brand number must be 001 or more.</source>
        <translation>Номер марки должен быть не меньше 001.</translation>
    </message>
    <message>
        <source>The country is not in the reference list.</source>
        <translation>Страна отсутствует в справочнике.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit is not in the reference list.</source>
        <translation>Административно-территориальная единица отсутствует в справочнике.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit no longer exists: it cannot be used for a new code.</source>
        <translation>Административно-территориальная единица упразднена: ее нельзя использовать для нового кода.</translation>
    </message>
    <message>
        <source>The product type is not in the reference list.</source>
        <translation>Вид продукта отсутствует в справочнике.</translation>
    </message>
    <message>
        <source>The country (1st digit) is %1, but it must be 1 to 6.</source>
        <translation>Страна (1-я цифра) указана как %1, а должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>The administrative-territorial unit (digits 2-4) is %1, but it must be 001 to 258.</source>
        <translation>Административно-территориальная единица (цифры 2-4) указана как %1, а должна быть от 001 до 258.</translation>
    </message>
    <message>
        <source>The market subject number (digits 5-8) is %1, but it must be 0001 to 9999.</source>
        <translation>Номер субъекта рынка (цифры 5-8) указан как %1, а должен быть от 0001 до 9999.</translation>
    </message>
    <message>
        <source>The product type (9th digit) is %1, but it must be 1 (gasoline), 2 (diesel fuel), 3 (fuel oil) or 4 (aviation fuel).</source>
        <translation>Вид продукта (9-я цифра) указан как %1, а должен быть 1 (бензин), 2 (дизельное топливо), 3 (мазут) или 4 (авиационное топливо).</translation>
    </message>
    <message>
        <source>The brand number is %1, but it must be 001 to 999999999.</source>
        <translation>Номер марки указан как %1, а должен быть от 001 до 999999999.</translation>
    </message>
    <message>
        <source>The character %1 is not a digit: a DSN code consists of digits.</source>
        <translation>Символ %1 не является цифрой: ПИН-код состоит из цифр.</translation>
    </message>
    <message numerus="yes">
        <source>Digits typed: %n; a DSN code has at least 12.</source>
        <translation>
            <numerusform>Введено цифр: %n; ПИН-код содержит не менее 12 цифр.</numerusform>
            <numerusform>Введено цифр: %n; ПИН-код содержит не менее 12 цифр.</numerusform>
            <numerusform>Введено цифр: %n; ПИН-код содержит не менее 12 цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>The brand number (from the 10th digit on) has %1 digits, but at most 9 are accepted.</source>
        <translation>Номер марки (начиная с 10-й цифры) содержит цифр: %1, а допускается не более 9.</translation>
    </message>
    <message>
        <source>The brand number %1 starts with a zero: it is written %2 (three digits up to 999, no leading zeros from 1000 on). Check the code.</source>
        <translation>Номер марки %1 начинается с нуля: он записывается как %2 (до 999 — тремя цифрами, начиная с 1000 — без ведущих нулей). Проверьте код.</translation>
    </message>
    <message>
        <source>Country %1 is not in the reference list of countries.</source>
        <translation>Страна %1 отсутствует в справочнике стран.</translation>
    </message>
    <message>
        <source>Administrative-territorial unit %1 is not in the reference list.</source>
        <translation>Административно-территориальная единица %1 отсутствует в справочнике.</translation>
    </message>
    <message>
        <source>Administrative-territorial unit %1 no longer exists: existing codes keep it, but a new code must use a current unit.</source>
        <translation>Административно-территориальная единица %1 упразднена: в уже присвоенных кодах она сохраняется, но в новом коде должна использоваться действующая единица.</translation>
    </message>
    <message>
        <source>Product type %1 is not in the reference list of product types.</source>
        <translation>Вид продукта %1 отсутствует в справочнике видов продуктов.</translation>
    </message>
</context>
<context>
    <name>dsn::Holiday</name>
    <message>
        <source>New Year</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nauryz meirami</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Day of Unity of the People of Kazakhstan</source>
        <translation>Праздник единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День Столицы</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>Kurban Ait (first day)</source>
        <translation>Курбан айт (первый день)</translation>
    </message>
</context>
<context>
    <name>dsn::HttpServer</name>
    <message>
        <source>the body is larger than 1 MiB</source>
        <translation>тело запроса больше 1 МиБ</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>строк заголовков больше %1</translation>
    </message>
    <message>
        <source>send the body with Content-Length; Transfer-Encoding is not accepted</source>
        <translation>передавайте тело запроса с Content-Length; Transfer-Encoding не принимается</translation>
    </message>
    <message>
        <source>Content-Encoding is not accepted; send the body as is</source>
        <translation>Content-Encoding не принимается; передавайте тело запроса без изменений</translation>
    </message>
    <message>
        <source>more than one Content-Length</source>
        <translation>Content-Length указан более одного раза</translation>
    </message>
    <message>
        <source>a request with a body needs Content-Length</source>
        <translation>для запроса с телом требуется Content-Length</translation>
    </message>
    <message>
        <source>Content-Length is not a number</source>
        <translation>значение Content-Length не является числом</translation>
    </message>
    <message>
        <source>a GET request has no body</source>
        <translation>у запроса GET не должно быть тела</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>не удаётся определить адрес узла %1: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 with this TLS certificate and key</source>
        <translation>не удаётся начать приём подключений на %1:%2 с этими сертификатом и ключом TLS</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>не удаётся начать приём подключений на %1:%2</translation>
    </message>
</context>
<context>
    <name>dsn::IntakeWarnings</name>
    <message numerus="yes">
        <source>%n application(s) taken in here have not reached the office yet. They are not legally final until the office has received them.</source>
        <translation>
            <numerusform>%n заявка, принятая здесь, еще не поступила на центральный сервер. До поступления на центральный сервер заявка не имеет окончательной юридической силы.</numerusform>
            <numerusform>%n заявки, принятые здесь, еще не поступили на центральный сервер. До поступления на центральный сервер заявки не имеют окончательной юридической силы.</numerusform>
            <numerusform>%n заявок, принятых здесь, еще не поступили на центральный сервер. До поступления на центральный сервер заявки не имеют окончательной юридической силы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) taken in here have not reached the office yet, the oldest since %1. They are not legally final until the office has received them.</source>
        <translation>
            <numerusform>%n заявка, принятая здесь, еще не поступила на центральный сервер; самая ранняя из неотправленных заявок принята %1. До поступления на центральный сервер заявка не имеет окончательной юридической силы.</numerusform>
            <numerusform>%n заявки, принятые здесь, еще не поступили на центральный сервер; самая ранняя из них принята %1. До поступления на центральный сервер заявки не имеют окончательной юридической силы.</numerusform>
            <numerusform>%n заявок, принятых здесь, еще не поступили на центральный сервер; самая ранняя из них принята %1. До поступления на центральный сервер заявки не имеют окончательной юридической силы.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject already has an open case %1.</source>
        <translation>У субъекта рынка уже есть открытое дело %1.</translation>
    </message>
    <message>
        <source>The subject already holds DSN code %1 for &quot;%2&quot; (case %3): the revenue department may refuse this line.</source>
        <translation>Субъекту рынка уже присвоен ПИН-код %1 для &quot;%2&quot; (дело %3): Департамент государственных доходов может отказать по этой строке.</translation>
    </message>
</context>
<context>
    <name>dsn::LegalOverrides</name>
    <message>
        <source>The text of a legal reference cannot be empty; use reset to go back to the shipped text.</source>
        <translation>Текст правовой ссылки не может быть пустым; чтобы вернуть исходный текст, используйте reset.</translation>
    </message>
    <message>
        <source>The text of a legal reference must be one line.</source>
        <translation>Текст правовой ссылки должен быть одной строкой.</translation>
    </message>
    <message>
        <source>The text of a legal reference is longer than %1 characters.</source>
        <translation>Текст правовой ссылки длиннее %1 символов.</translation>
    </message>
    <message>
        <source>There is no legal reference &quot;%1&quot;.</source>
        <translation>Правовой ссылки «%1» нет.</translation>
    </message>
    <message>
        <source>The legal reference &quot;%1&quot; cannot be corrected on the workstation.</source>
        <translation>Правовую ссылку «%1» нельзя исправить на рабочем месте.</translation>
    </message>
    <message>
        <source>Either reset a legal reference or give its new texts, not both.</source>
        <translation>Либо верните правовую ссылку к исходному тексту, либо задайте новый текст, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>Give the new Kazakh text, the new Russian text, or both.</source>
        <translation>Задайте новый текст на казахском, на русском или оба.</translation>
    </message>
</context>
<context>
    <name>dsn::LegalReferences</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>таблица пуста</translation>
    </message>
    <message>
        <source>the header must name the columns key, kk and ru</source>
        <translation>в заголовке должны быть названы столбцы key, kk и ru</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>полей: %1, в заголовке: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key (a-z, 0-9, _)</source>
        <translation>«%1» не является ключом (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is repeated</source>
        <translation>ключ «%1» повторяется</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs both its Kazakh and its Russian text</source>
        <translation>для «%1» нужны и казахский, и русский текст</translation>
    </message>
    <message>
        <source>the texts of &quot;%1&quot; must be one line each</source>
        <translation>каждый текст «%1» должен быть одной строкой</translation>
    </message>
</context>
<context>
    <name>dsn::MirroredCase</name>
    <message>
        <source>The office sent a case without its number or identifier.</source>
        <translation>Центральный сервер прислал дело без номера или идентификатора.</translation>
    </message>
    <message>
        <source>The office sent case %1 with an IIN/BIN that is not valid.</source>
        <translation>Центральный сервер прислал дело %1 с недействительным ИИН/БИН.</translation>
    </message>
    <message>
        <source>The office sent case %1 incomplete.</source>
        <translation>Центральный сервер прислал дело %1 не полностью.</translation>
    </message>
    <message>
        <source>The office sent case %1 with a product line that is not valid.</source>
        <translation>Центральный сервер прислал дело %1 с недопустимой строкой нефтепродукта.</translation>
    </message>
    <message>
        <source>The office sent case %1 with a decision for a line it does not have.</source>
        <translation>Центральный сервер прислал дело %1 с решением по строке, которой в нем нет.</translation>
    </message>
    <message>
        <source>Case %1 from the office does not match the case this store holds under its number.</source>
        <translation>Дело %1 с центрального сервера не совпадает с делом, которое хранится на этом рабочем месте под тем же номером.</translation>
    </message>
</context>
<context>
    <name>dsn::Office</name>
    <message>
        <source>State Revenue Department</source>
        <translation>Департамент государственных доходов</translation>
    </message>
    <message>
        <source>State Corporation</source>
        <translation>Госкорпорация</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeApi</name>
    <message>
        <source>&quot;items&quot; must be an array</source>
        <translation>&quot;items&quot; должен быть массивом</translation>
    </message>
    <message>
        <source>at most %1 items in one batch</source>
        <translation>в одном пакете допускается не более %1 элементов</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 не является объектом</translation>
    </message>
    <message>
        <source>%1.case_uid is not a UUID</source>
        <translation>%1.case_uid не является UUID</translation>
    </message>
    <message>
        <source>%1.case_number is missing</source>
        <translation>не указан %1.case_number</translation>
    </message>
    <message>
        <source>%1.content_hash is not 64 lower-case hex digits</source>
        <translation>%1.content_hash не состоит из 64 шестнадцатеричных цифр в нижнем регистре</translation>
    </message>
    <message>
        <source>%1.kind must be &quot;application&quot;</source>
        <translation>%1.kind должен иметь значение &quot;application&quot;</translation>
    </message>
    <message>
        <source>%1.application is not an object</source>
        <translation>%1.application не является объектом</translation>
    </message>
    <message>
        <source>&quot;audit&quot; must be an object</source>
        <translation>&quot;audit&quot; должен быть объектом</translation>
    </message>
    <message>
        <source>after must be a sequence number</source>
        <translation>параметр after должен быть порядковым номером</translation>
    </message>
    <message>
        <source>limit must be 1 to 1000</source>
        <translation>параметр limit должен быть от 1 до 1000</translation>
    </message>
    <message>
        <source>the request must carry the audit trail&apos;s hash at the office&apos;s last anchor, entry %1</source>
        <translation>запрос должен содержать хеш журнала аудита в последней контрольной точке центрального сервера (запись № %1)</translation>
    </message>
    <message>
        <source>a bearer token is required</source>
        <translation>требуется токен Bearer</translation>
    </message>
    <message>
        <source>unknown or revoked token</source>
        <translation>токен неизвестен или отозван</translation>
    </message>
    <message>
        <source>no such resource</source>
        <translation>такого ресурса нет</translation>
    </message>
    <message>
        <source>use GET or POST</source>
        <translation>используйте метод GET или POST</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>используйте метод GET</translation>
    </message>
    <message>
        <source>this workstation&apos;s role may not use this resource</source>
        <translation>для роли этого рабочего места доступ к этому ресурсу запрещён</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>тело запроса должно быть объектом JSON</translation>
    </message>
    <message>
        <source>the only status a reviewer sets is &quot;%1&quot;</source>
        <translation>проверяющий может установить только статус &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must be an array</source>
        <translation>&quot;lines&quot; должен быть массивом</translation>
    </message>
    <message>
        <source>each line needs line_no and decision issued|refused</source>
        <translation>в каждой строке должны быть line_no и decision со значением issued|refused</translation>
    </message>
    <message>
        <source>a refused line needs refusal_ground 1 or 2</source>
        <translation>в строке с отказом refusal_ground должен быть равен 1 или 2</translation>
    </message>
    <message>
        <source>format must be csv or json</source>
        <translation>параметр format должен иметь значение csv или json</translation>
    </message>
    <message>
        <source>from must be YYYY-MM-DD</source>
        <translation>параметр from должен быть в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to must be YYYY-MM-DD</source>
        <translation>параметр to должен быть в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;reviewer&quot; (the reviewer&apos;s full name) and &quot;login&quot; are required, each 1 to 200 characters</source>
        <translation>обязательны &quot;reviewer&quot; (полное имя проверяющего) и &quot;login&quot;, каждый от 1 до 200 символов</translation>
    </message>
    <message>
        <source>the case is taken by %1 (%2) at the workstation %3</source>
        <translation>дело взято в работу: %1 (%2), рабочее место %3</translation>
    </message>
    <message>
        <source>the Idempotency-Key header and the body&apos;s idempotency_key differ</source>
        <translation>заголовок Idempotency-Key и поле idempotency_key в теле запроса не совпадают</translation>
    </message>
    <message>
        <source>a decision needs an idempotency key, a UUID (the Idempotency-Key header or &quot;idempotency_key&quot;)</source>
        <translation>для решения нужен ключ идемпотентности в виде UUID (заголовок Idempotency-Key или &quot;idempotency_key&quot;)</translation>
    </message>
    <message>
        <source>refusal_text must be a string</source>
        <translation>refusal_text должен быть строкой</translation>
    </message>
    <message>
        <source>refusal_text holds at most 4000 characters</source>
        <translation>refusal_text может содержать не более 4000 символов</translation>
    </message>
    <message>
        <source>this idempotency key was used for another request; a new decision needs a new key</source>
        <translation>этот ключ идемпотентности уже использован для другого запроса; для нового решения нужен новый ключ</translation>
    </message>
    <message>
        <source>the office cannot use its signing keys now</source>
        <translation>центральный сервер сейчас не может использовать свои ключи подписи</translation>
    </message>
    <message>
        <source>&quot;printed_by&quot; (the full name) and &quot;login&quot; are optional texts of at most 200 characters</source>
        <translation>&quot;printed_by&quot; (полное имя) и &quot;login&quot; необязательны; каждый — текст не длиннее 200 символов</translation>
    </message>
    <message>
        <source>the office issued no certificate under this number</source>
        <translation>центральный сервер не выдавал свидетельства под этим номером</translation>
    </message>
    <message>
        <source>the office has no record of this print of the certificate</source>
        <translation>на центральном сервере нет записи об этом экземпляре свидетельства</translation>
    </message>
    <message>
        <source>the token does not say what the office decided under this number</source>
        <translation>данные токена не совпадают с решением, записанным на центральном сервере под этим номером</translation>
    </message>
    <message>
        <source>give a certificate number or the whole token of a certificate&apos;s QR code (DSNC1...)</source>
        <translation>укажите номер свидетельства или весь токен из QR-кода свидетельства (DSNC1...)</translation>
    </message>
    <message>
        <source>too many certificate checks from this address; try again in %1 s</source>
        <translation>слишком много проверок свидетельств с этого адреса; повторите через %1 с</translation>
    </message>
    <message>
        <source>%1.received_by must be {&quot;name&quot;: the full name, 1 to 200 characters, &quot;login&quot;}</source>
        <translation>%1.received_by должно иметь вид {&quot;name&quot;: полное имя, от 1 до 200 символов, &quot;login&quot;}</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeDatabase</name>
    <message>
        <source>The office database is busy. Try again.</source>
        <translation>База данных центрального сервера занята. Повторите попытку.</translation>
    </message>
    <message>
        <source>The record conflicts with one already in the office database.</source>
        <translation>Запись противоречит записи, уже имеющейся в базе данных центрального сервера.</translation>
    </message>
    <message>
        <source>The office database could not carry out the operation.</source>
        <translation>Базе данных центрального сервера не удалось выполнить операцию.</translation>
    </message>
    <message>
        <source>The office database file cannot be created.</source>
        <translation>Не удаётся создать файл базы данных центрального сервера.</translation>
    </message>
    <message>
        <source>sqlite: needs a file path</source>
        <translation>sqlite: требуется путь к файлу</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/NAME</source>
        <translation>ожидается формат postgresql://USER@HOST:PORT/NAME</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/NAME or sqlite:PATH</source>
        <translation>ожидается формат postgresql://USER@HOST:PORT/NAME или sqlite:PATH</translation>
    </message>
    <message>
        <source>The database driver is not installed.</source>
        <translation>Драйвер базы данных не установлен.</translation>
    </message>
    <message>
        <source>The office database cannot be opened.</source>
        <translation>Не удаётся открыть базу данных центрального сервера.</translation>
    </message>
    <message>
        <source>The office database was written by a newer version of dsn-office.</source>
        <translation>База данных центрального сервера записана более новой версией dsn-office.</translation>
    </message>
    <message>
        <source>The office database has no current schema.</source>
        <translation>В базе данных центрального сервера нет актуальной схемы.</translation>
    </message>
    <message>
        <source>The office database cannot use a write-ahead log.</source>
        <translation>База данных центрального сервера не может использовать журнал упреждающей записи.</translation>
    </message>
    <message>
        <source>The office database could not be upgraded.</source>
        <translation>Не удалось обновить базу данных центрального сервера.</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeMain</name>
    <message>
        <source>cannot read the TLS certificate or key</source>
        <translation>не удалось прочитать сертификат или ключ TLS</translation>
    </message>
    <message>
        <source>The territorial revenue office&apos;s DSN service.</source>
        <translation>Служба ПИН-кодов территориального департамента государственных доходов.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/NAME or sqlite:PATH.</source>
        <translation>postgresql://USER@HOST:PORT/NAME (пользователь, хост, порт, имя базы данных) или sqlite:PATH (путь к файлу).</translation>
    </message>
    <message>
        <source>HOST:PORT to listen on (port 0: any free port).</source>
        <translation>Адрес HOST:PORT для приема подключений (хост и порт; порт 0 — любой свободный порт).</translation>
    </message>
    <message>
        <source>TLS certificate chain (PEM).</source>
        <translation>Цепочка сертификатов TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Закрытый ключ TLS (PEM).</translation>
    </message>
    <message>
        <source>Worker threads (default 8).</source>
        <translation>Число рабочих потоков (по умолчанию 8).</translation>
    </message>
    <message>
        <source>Connections served at once, from all addresses (default 1000).</source>
        <translation>Число одновременно обслуживаемых подключений со всех адресов (по умолчанию 1000).</translation>
    </message>
    <message>
        <source>Connections served at once from one address (default 64).</source>
        <translation>Число одновременно обслуживаемых подключений с одного адреса (по умолчанию 64).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request head (default 10).</source>
        <translation>Время в секундах, за которое клиент должен полностью передать заголовки запроса (по умолчанию 10).</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>необходимо указать --db</translation>
    </message>
    <message>
        <source>--listen: expected HOST:PORT</source>
        <translation>--listen: ожидается значение вида HOST:PORT</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert и --tls-key указываются вместе</translation>
    </message>
    <message>
        <source>refusing plain HTTP on %1: give --tls-cert and --tls-key, or listen on a loopback address</source>
        <translation>незашифрованный HTTP на %1 не допускается: укажите --tls-cert и --tls-key или принимайте подключения на петлевом адресе (например, 127.0.0.1)</translation>
    </message>
    <message>
        <source>the signing keys folder %1 cannot be used: %2</source>
        <translation>папку ключей подписи %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>The folder of the keys that sign DSN certificates (default %1).</source>
        <translation>Папка ключей, которыми подписываются свидетельства о присвоении ПИН-кодов (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Certificate checks (GET verify) per minute from one address (default 30).</source>
        <translation>Число проверок свидетельств (GET verify) в минуту с одного адреса (по умолчанию 30).</translation>
    </message>
    <message>
        <source>--keys-dir: expected a folder</source>
        <translation>--keys-dir: ожидается папка</translation>
    </message>
    <message>
        <source>--verify-rate: expected a number of 1 to 100000</source>
        <translation>--verify-rate: ожидается число от 1 до 100000</translation>
    </message>
</context>
<context>
    <name>dsn::OfficeStore</name>
    <message>
        <source>The case has a status the office does not know.</source>
        <translation>Дело имеет статус, неизвестный центральному серверу.</translation>
    </message>
    <message>
        <source>The case has already been decided.</source>
        <translation>По делу уже принято решение.</translation>
    </message>
    <message>
        <source>No market subject numbers are left in this office.</source>
        <translation>На этом центральном сервере не осталось свободных номеров субъектов рынка.</translation>
    </message>
    <message>
        <source>No brand numbers are left for this product type.</source>
        <translation>Для этого вида продукта не осталось свободных номеров марок.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Такого дела нет.</translation>
    </message>
    <message>
        <source>Every line of the case must be decided exactly once.</source>
        <translation>По каждой строке дела решение должно быть принято ровно один раз.</translation>
    </message>
    <message>
        <source>Line %1: the refusal ground does not hold for this application.</source>
        <translation>Строка %1: по этой заявке основание для отказа не подтверждается.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the office anchored it at entry %2: entries were removed.</source>
        <translation>Журнал аудита заканчивается на записи № %1, а центральный сервер зафиксировал контрольную точку на записи № %2: записи были удалены.</translation>
    </message>
    <message>
        <source>The audit trail has no entry %1 any more, which the office anchored: entries were removed or renumbered.</source>
        <translation>В журнале аудита больше нет записи № %1, на которой центральный сервер зафиксировал контрольную точку: записи были удалены или перенумерованы.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail no longer has the hash the office anchored on %2: entries up to it were changed, removed or re-chained.</source>
        <translation>Хеш записи № %1 журнала аудита больше не совпадает с хешем, зафиксированным центральным сервером в контрольной точке %2: записи вплоть до неё были изменены, удалены или заново связаны в цепочку.</translation>
    </message>
    <message>
        <source>The workstation&apos;s own check found its audit trail broken at entry %1: %2</source>
        <translation>Собственная проверка рабочего места выявила нарушение журнала аудита на записи № %1: %2</translation>
    </message>
    <message>
        <source>No audit alert is open for a workstation of this name.</source>
        <translation>Для рабочего места с таким именем нет открытых оповещений аудита.</translation>
    </message>
    <message>
        <source>A case event has a status the office does not know.</source>
        <translation>Одно из событий дела имеет статус, неизвестный центральному серверу.</translation>
    </message>
    <message>
        <source>A workstation needs a name of 1 to 200 characters.</source>
        <translation>Имя рабочего места должно содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>No workstation can have this role.</source>
        <translation>Такая роль не может быть назначена рабочему месту.</translation>
    </message>
    <message>
        <source>A workstation with this name is already registered.</source>
        <translation>Рабочее место с таким именем уже зарегистрировано.</translation>
    </message>
    <message>
        <source>No workstation with this name holds a valid token.</source>
        <translation>У рабочего места с таким именем нет действующего токена.</translation>
    </message>
    <message>
        <source>No workstation with this name is registered.</source>
        <translation>Рабочее место с таким именем не зарегистрировано.</translation>
    </message>
    <message>
        <source>Another content was already stored under this case.</source>
        <translation>По этому делу уже сохранено другое содержимое.</translation>
    </message>
    <message>
        <source>The case number is already used by another case.</source>
        <translation>Этот номер дела уже присвоен другому делу.</translation>
    </message>
    <message>
        <source>Unknown table.</source>
        <translation>Неизвестная таблица.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Line %1 cannot be issued: refusal ground 1 holds, the taxpayer registry has no registration of the subject for %2 in force on %3.</source>
        <translation>По строке %1 код выдать нельзя: подтверждается основание для отказа 1, в реестре налогоплательщиков нет действующей на %3 регистрации субъекта по виду деятельности %2.</translation>
    </message>
    <message>
        <source>Line %1 cannot be issued: refusal ground 2 holds, the subject already holds the DSN code %2 for this product.</source>
        <translation>По строке %1 код выдать нельзя: подтверждается основание для отказа 2, у субъекта уже есть ПИН-код %2 на этот продукт.</translation>
    </message>
    <message>
        <source>Line %1 cannot be issued: refusal ground 2 holds, an earlier line of this application is the same product.</source>
        <translation>По строке %1 код выдать нельзя: подтверждается основание для отказа 2, в одной из предыдущих строк этой заявки указан тот же продукт.</translation>
    </message>
    <message>
        <source>Line %1: a refusal needs the reviewer&apos;s reason (refusal_text).</source>
        <translation>Строка %1: для отказа нужно обоснование проверяющего (refusal_text).</translation>
    </message>
    <message>
        <source>A review workstation needs its place: the code of its State Revenue Department (dsnctl reference departments).</source>
        <translation>Для рабочего места Департамента государственных доходов нужно указать его место: код департамента (dsnctl reference departments).</translation>
    </message>
    <message>
        <source>%1 is not the code of a State Revenue Department (dsnctl reference departments).</source>
        <translation>%1 не является кодом Департамента государственных доходов (dsnctl reference departments).</translation>
    </message>
    <message>
        <source>The State Revenue Department %1 no longer exists: no application is addressed to it.</source>
        <translation>Департамента государственных доходов %1 больше не существует: заявки ему не адресуются.</translation>
    </message>
    <message>
        <source>A counter workstation needs its place: the code of its State Corporation branch.</source>
        <translation>Для рабочего места Государственной корпорации нужно указать его место: код филиала Государственной корпорации.</translation>
    </message>
    <message>
        <source>A place is a code of 1 to 32 letters, digits, dots, dashes or underscores, beginning with a letter or digit.</source>
        <translation>Место — это код из 1–32 букв, цифр, точек, дефисов или знаков подчеркивания, начинающийся с буквы или цифры.</translation>
    </message>
    <message>
        <source>The case is addressed to another State Revenue Department than this workstation&apos;s.</source>
        <translation>Дело адресовано не Департаменту государственных доходов этого рабочего места, а другому.</translation>
    </message>
    <message>
        <source>Only the workstation that has taken the case, or an administrator, may give it back.</source>
        <translation>Вернуть дело может только рабочее место, взявшее его в работу, или администратор.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>ожидалось полей: %1, найдено: %2</translation>
    </message>
    <message>
        <source>the name is empty or too long</source>
        <translation>наименование пустое или слишком длинное</translation>
    </message>
    <message>
        <source>the activity must be a key of lowercase letters and &quot;_&quot; (petroleum_production, petroleum_wholesale, ...)</source>
        <translation>вид деятельности должен быть ключом из строчных латинских букв и &quot;_&quot; (petroleum_production, petroleum_wholesale, ...)</translation>
    </message>
    <message>
        <source>the place %1 is not the code of a State Revenue Department (dsnctl reference departments)</source>
        <translation>место %1 не является кодом Департамента государственных доходов (dsnctl reference departments)</translation>
    </message>
    <message>
        <source>the registration date is not YYYY-MM-DD</source>
        <translation>дата постановки на учет не в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the deregistration date is neither empty nor YYYY-MM-DD</source>
        <translation>дата снятия с учета не пустая и не в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the deregistration date is before the registration date</source>
        <translation>дата снятия с учета раньше даты постановки на учет</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>строка заголовка должна быть %1</translation>
    </message>
    <message>
        <source>the file holds no registration; an import would empty the registry</source>
        <translation>в файле нет ни одной регистрации; импорт очистил бы реестр</translation>
    </message>
    <message>
        <source>the IIN/BIN %1 has this activity, place and registration date twice</source>
        <translation>для ИИН/БИН %1 этот вид деятельности, место и дата постановки на учет указаны дважды</translation>
    </message>
    <message>
        <source>A decision needs its idempotency key and the reviewer&apos;s name and login.</source>
        <translation>Для решения нужны его ключ идемпотентности, а также имя и логин проверяющего.</translation>
    </message>
    <message>
        <source>Only a review desk of the case&apos;s department, the counter that took the case in, or an administrator may print its certificate.</source>
        <translation>Свидетельство по делу может печатать только рабочее место департамента, которому адресовано дело, рабочее место Государственной корпорации, принявшее дело, или администратор.</translation>
    </message>
    <message>
        <source>The case has no certificate: it is not decided yet, or no line was issued.</source>
        <translation>По делу нет свидетельства: решение еще не принято или ПИН-код не присвоен ни по одной позиции.</translation>
    </message>
</context>
<context>
    <name>dsn::PrintableDocument</name>
    <message>
        <source>DSN Workstation %1</source>
        <translation>Рабочее место «ПИН-код» %1</translation>
    </message>
    <message>
        <source>The PDF page could not be set to A4.</source>
        <translation>Не удалось установить для страницы PDF формат A4.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Не удалось начать создание PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Не удалось завершить создание PDF.</translation>
    </message>
    <message>
        <source>%1 is the workstation&apos;s store; choose another file for the PDF.</source>
        <translation>%1 — база данных рабочего места; выберите для PDF другой файл.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать файл %1: %2</translation>
    </message>
    <message>
        <source>The PDF&apos;s creation time could not be recorded consistently.</source>
        <translation>Не удалось согласованно записать время создания PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать PDF: %1</translation>
    </message>
</context>
<context>
    <name>dsn::Receipt</name>
    <message>
        <source>The receipt has no case number.</source>
        <translation>В расписке не указан номер дела.</translation>
    </message>
    <message>
        <source>The case number must be one line.</source>
        <translation>Номер дела должен быть записан в одну строку.</translation>
    </message>
    <message>
        <source>The receipt has no time of acceptance.</source>
        <translation>В расписке не указаны дата и время приема.</translation>
    </message>
    <message>
        <source>The receipt has no operator name.</source>
        <translation>В расписке не указаны Ф. И. О. оператора.</translation>
    </message>
    <message>
        <source>The receipt has no State Corporation branch.</source>
        <translation>В расписке не указан отдел Госкорпорации.</translation>
    </message>
    <message>
        <source>The receipt has no taxpayer name.</source>
        <translation>В расписке не указано наименование налогоплательщика.</translation>
    </message>
    <message>
        <source>The IIN/BIN on the receipt must be 12 digits.</source>
        <translation>ИИН/БИН в расписке должен состоять из 12 цифр.</translation>
    </message>
    <message>
        <source>The receipt has no State Revenue Department.</source>
        <translation>В расписке не указан Департамент государственных доходов.</translation>
    </message>
    <message>
        <source>The receipt lists no products.</source>
        <translation>В расписке не указано ни одного нефтепродукта.</translation>
    </message>
    <message>
        <source>Every product on the receipt needs a type and a name.</source>
        <translation>Для каждого нефтепродукта в расписке должны быть указаны вид и наименование.</translation>
    </message>
    <message>
        <source>The receipt has no due date.</source>
        <translation>В расписке не указан срок готовности результата.</translation>
    </message>
    <message>
        <source>The due date is before the time of acceptance.</source>
        <translation>Срок готовности результата наступает раньше времени приема заявки.</translation>
    </message>
    <message>
        <source>The receipt does not say where to collect the result.</source>
        <translation>В расписке не указано место получения результата.</translation>
    </message>
    <message>
        <source>Receipts are printed in Kazakh or Russian.</source>
        <translation>Расписка печатается на казахском или русском языке.</translation>
    </message>
</context>
<context>
    <name>dsn::ReferenceLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>файл не является допустимым текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>malformed CSV: %1</source>
        <translation>ошибка формата CSV: %1</translation>
    </message>
    <message>
        <source>malformed CSV: one record per line expected</source>
        <translation>ошибка формата CSV: в каждой строке должна быть одна запись</translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>ожидалась строка заголовков &quot;%1&quot;, а найдена &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>ожидалось столбцов: %1, найдено: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &quot;%1&quot;</source>
        <translation>файл пуст; ожидалась строка заголовков &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has no entries</source>
        <translation>в файле нет записей</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is not a code from %2 to %3</source>
        <translation>код &quot;%1&quot; не входит в диапазон от %2 до %3</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1, found &quot;%2&quot;</source>
        <translation>в столбце %1 должно быть 0 или 1, найдено: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>столбец %1 не заполнен</translation>
    </message>
    <message>
        <source>%1 has stray spaces: &quot;%2&quot;</source>
        <translation>в столбце %1 лишние пробелы: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 holds a control character</source>
        <translation>в столбце %1 есть управляющий символ</translation>
    </message>
    <message>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>повторяющийся код &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (not in %2)</source>
        <translation>неизвестный регион &quot;%1&quot; (отсутствует в %2)</translation>
    </message>
    <message>
        <source>region id &quot;%1&quot; must be lower-case Latin letters, digits and hyphens</source>
        <translation>идентификатор региона &quot;%1&quot; должен состоять только из строчных латинских букв, цифр и дефисов</translation>
    </message>
    <message>
        <source>unit %1 lies in the historical region &quot;%2&quot; and must be historical</source>
        <translation>единица %1 относится к историческому региону &quot;%2&quot; и должна быть отмечена как историческая</translation>
    </message>
    <message>
        <source>department code &quot;%1&quot; must be Latin letters, digits and hyphens</source>
        <translation>код департамента &quot;%1&quot; должен состоять только из латинских букв, цифр и дефисов</translation>
    </message>
</context>
<context>
    <name>dsn::RefusalGround</name>
    <message>
        <source>The applicant is not registered as a taxpayer carrying out certain types of activity at the location of taxable objects and (or) objects related to taxation, under article 88 of the Code of the Republic of Kazakhstan of 25 December 2017 &quot;On taxes and other obligatory payments to the budget&quot; (Tax Code) (Rules for assigning DSN codes, paragraph 7, subparagraph 1).</source>
        <translation>Услугополучатель не состоит на регистрационном учете в качестве налогоплательщика, осуществляющего отдельные виды деятельности, по месту нахождения объектов налогообложения и (или) объектов, связанных с налогообложением, в соответствии со статьей 88 Кодекса Республики Казахстан от 25 декабря 2017 года &quot;О налогах и других обязательных платежах в бюджет&quot; (Налоговый кодекс) (подпункт 1) пункта 7 Правил присвоения ПИН-кодов).</translation>
    </message>
    <message>
        <source>A DSN code has already been issued to the applicant for this type of petroleum product (Rules for assigning DSN codes, paragraph 7, subparagraph 2).</source>
        <translation>Услугополучателю уже присвоен ПИН-код на данный вид нефтепродукта (подпункт 2) пункта 7 Правил присвоения ПИН-кодов).</translation>
    </message>
</context>
<context>
    <name>dsn::RefusalLetter</name>
    <message>
        <source>The refusal letter lists no refused line.</source>
        <translation>В письме об отказе нет ни одной позиции с отказом.</translation>
    </message>
    <message>
        <source>The number of issued lines cannot be negative.</source>
        <translation>Число позиций с присвоенным ПИН-кодом не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Every refused line needs its number in the application.</source>
        <translation>У каждой позиции с отказом должен быть ее номер в заявке.</translation>
    </message>
    <message>
        <source>Every refused product needs a type and a name.</source>
        <translation>У каждого нефтепродукта с отказом должны быть вид и наименование.</translation>
    </message>
    <message>
        <source>Line %1: a refusal needs ground 1 or 2 of the Rules&apos; paragraph 7.</source>
        <translation>Позиция %1: для отказа нужно основание 1 или 2 пункта 7 Правил.</translation>
    </message>
    <message>
        <source>Line %1: a refusal on ground 2 must name the DSN code the subject already holds.</source>
        <translation>Позиция %1: при отказе по основанию 2 нужно указать уже присвоенный субъекту ПИН-код.</translation>
    </message>
    <message>
        <source>Line %1: only a refusal on ground 2 names a code already held.</source>
        <translation>Позиция %1: уже присвоенный код указывается только при отказе по основанию 2.</translation>
    </message>
    <message>
        <source>Refusal letters are printed in Kazakh or Russian.</source>
        <translation>Письмо об отказе печатается на казахском или русском языке.</translation>
    </message>
</context>
<context>
    <name>dsn::ReviewDecisions</name>
    <message>
        <source>The case has no product line %1.</source>
        <translation>В деле нет строки нефтепродукта %1.</translation>
    </message>
    <message>
        <source>Product line %1 is decided twice.</source>
        <translation>По строке %1 решение указано дважды.</translation>
    </message>
    <message>
        <source>Product line %1 is to be issued, but a refusal ground is chosen.</source>
        <translation>По строке %1 выбрано присвоение ПИН-кода, но указано и основание для отказа.</translation>
    </message>
    <message>
        <source>Choose the refusal ground for product line %1.</source>
        <translation>Выберите основание для отказа по строке %1.</translation>
    </message>
    <message>
        <source>Write the reason for refusing product line %1.</source>
        <translation>Напишите причину отказа по строке %1.</translation>
    </message>
    <message>
        <source>The reason for product line %1 is longer than %2 characters.</source>
        <translation>Причина по строке %1 длиннее %2 символов.</translation>
    </message>
    <message>
        <source>Decide product line %1 too.</source>
        <translation>Примите решение и по строке %1.</translation>
    </message>
    <message>
        <source>Only a reviewer decides a case.</source>
        <translation>Решение по делу принимает только проверяющий.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message>
        <source>Case %1 is not in review at this department; it cannot be decided here.</source>
        <translation>Дело %1 не находится на рассмотрении в этом департаменте; решение по нему здесь принять нельзя.</translation>
    </message>
    <message>
        <source>Take case %1 before deciding it.</source>
        <translation>Прежде чем принять решение, возьмите дело %1 в работу.</translation>
    </message>
    <message>
        <source>A decision on case %1 is already waiting for the office.</source>
        <translation>Решение по делу %1 уже ожидает отправки на центральный сервер.</translation>
    </message>
    <message>
        <source>No decision is waiting under this key.</source>
        <translation>Решения, ожидающего под этим ключом, нет.</translation>
    </message>
    <message>
        <source>The office&apos;s answer is not a decision of this case.</source>
        <translation>Ответ центрального сервера не является решением по этому делу.</translation>
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
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>dsn::Signing</name>
    <message>
        <source>This is not a DSN certificate token.</source>
        <translation>Это не токен свидетельства о присвоении ПИН-кодов.</translation>
    </message>
    <message>
        <source>The DSN code %1 is not valid: %2</source>
        <translation>ПИН-код %1 недействителен: %2</translation>
    </message>
    <message>
        <source>The certificate number must be 1 to %1 Latin letters, digits, &apos;-&apos; or &apos;/&apos;, beginning and ending with a letter or digit.</source>
        <translation>Номер свидетельства должен состоять из 1–%1 латинских букв, цифр, знаков «-» или «/» и начинаться и заканчиваться буквой или цифрой.</translation>
    </message>
    <message>
        <source>The date of issue is not a valid date.</source>
        <translation>Дата выдачи не является допустимой датой.</translation>
    </message>
    <message>
        <source>The IIN/BIN %1 is not valid: %2</source>
        <translation>ИИН/БИН %1 недействителен: %2</translation>
    </message>
    <message>
        <source>A certificate covers 1 to %1 DSN codes.</source>
        <translation>Одно свидетельство охватывает от 1 до %1 ПИН-кодов.</translation>
    </message>
    <message>
        <source>The DSN code %1 is listed twice.</source>
        <translation>ПИН-код %1 указан дважды.</translation>
    </message>
    <message>
        <source>The print identifier must be 26 characters of base32 (16 random bytes).</source>
        <translation>Идентификатор печати должен состоять из 26 символов base32 (16 случайных байт).</translation>
    </message>
    <message>
        <source>The certificate token cannot be signed.</source>
        <translation>Не удалось подписать токен свидетельства.</translation>
    </message>
    <message>
        <source>The certificate token was signed with the key %1, which is not among the office&apos;s public keys.</source>
        <translation>Токен свидетельства подписан ключом %1, которого нет среди открытых ключей центрального сервера.</translation>
    </message>
    <message>
        <source>The signature does not match: the certificate&apos;s data was changed, or it was not signed by the office.</source>
        <translation>Подпись не совпадает: данные свидетельства изменены или оно подписано не центральным сервером.</translation>
    </message>
    <message>
        <source>The certificate token was signed with the key %1, retired on %2, before the certificate&apos;s date %3.</source>
        <translation>Токен свидетельства подписан ключом %1, выведенным из использования %2, то есть раньше даты свидетельства %3.</translation>
    </message>
    <message>
        <source>A new signing key cannot be made.</source>
        <translation>Не удалось создать новый ключ подписи.</translation>
    </message>
    <message>
        <source>The signing key is not an unencrypted Ed25519 private key in PEM.</source>
        <translation>Ключ подписи не является незашифрованным закрытым ключом Ed25519 в формате PEM.</translation>
    </message>
    <message>
        <source>The list of public keys is not valid: %1</source>
        <translation>Список открытых ключей недействителен: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object with a &quot;keys&quot; array</source>
        <translation>это не объект JSON с массивом «keys»</translation>
    </message>
    <message>
        <source>key %1 is not an Ed25519 public key</source>
        <translation>ключ %1 не является открытым ключом Ed25519</translation>
    </message>
    <message>
        <source>key %1 has no valid creation or retirement date</source>
        <translation>у ключа %1 нет допустимой даты создания или вывода из использования</translation>
    </message>
    <message>
        <source>key %1 is listed twice</source>
        <translation>ключ %1 указан дважды</translation>
    </message>
</context>
<context>
    <name>dsn::SigningKeys</name>
    <message>
        <source>The signing keys folder %1 cannot be made.</source>
        <translation>Не удалось создать папку ключей подписи %1.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be read.</source>
        <translation>Не удалось прочитать ключ подписи %1.</translation>
    </message>
    <message>
        <source>The signing key %1 is missing.</source>
        <translation>Ключ подписи %1 отсутствует.</translation>
    </message>
    <message>
        <source>The signing key %1 may be read by other users (mode %2); it is not used until only its owner may: chmod 600 %1</source>
        <translation>Ключ подписи %1 доступен для чтения другим пользователям (права %2); он не будет использоваться, пока доступ к нему не останется только у владельца: chmod 600 %1</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be saved.</source>
        <translation>Не удалось сохранить ключ подписи %1.</translation>
    </message>
    <message>
        <source>The list of public keys %1 cannot be read.</source>
        <translation>Не удалось прочитать список открытых ключей %1.</translation>
    </message>
    <message>
        <source>The list of public keys %1 does not have exactly one current key; make a new one with dsnctl office signing-keys --rotate.</source>
        <translation>В списке открытых ключей %1 не ровно один текущий ключ; создайте новый командой dsnctl office signing-keys --rotate.</translation>
    </message>
    <message>
        <source>The signing key %1 does not match its public key in %2.</source>
        <translation>Ключ подписи %1 не соответствует своему открытому ключу в %2.</translation>
    </message>
    <message>
        <source>The signing keys folder %1 is locked by another process.</source>
        <translation>Папка ключей подписи %1 заблокирована другим процессом.</translation>
    </message>
    <message>
        <source>The list of public keys %1 cannot be saved.</source>
        <translation>Не удалось сохранить список открытых ключей %1.</translation>
    </message>
</context>
<context>
    <name>dsn::Store</name>
    <message>
        <source>The audit trail of the store is damaged.</source>
        <translation>Журнал аудита базы данных поврежден.</translation>
    </message>
    <message>
        <source>The record of the trail&apos;s last entry is missing.</source>
        <translation>Отсутствуют сведения о последней записи журнала.</translation>
    </message>
    <message>
        <source>The entry is missing: it was removed from the trail.</source>
        <translation>Запись отсутствует: она удалена из журнала.</translation>
    </message>
    <message>
        <source>The entry&apos;s number is out of order.</source>
        <translation>Номер записи нарушает порядок нумерации.</translation>
    </message>
    <message>
        <source>The entry does not follow the entry before it: an entry was inserted, replaced or removed here.</source>
        <translation>Запись не является продолжением предыдущей: здесь запись была вставлена, заменена или удалена.</translation>
    </message>
    <message>
        <source>The entry was changed after it was written.</source>
        <translation>Запись изменена после внесения в журнал.</translation>
    </message>
    <message>
        <source>The last entries were removed: the trail ends at entry %1 but had %2 entries.</source>
        <translation>Последние записи удалены: журнал заканчивается записью %1, хотя записей в нем было: %2.</translation>
    </message>
    <message>
        <source>The entry was added outside the audit trail.</source>
        <translation>Запись добавлена в обход журнала аудита.</translation>
    </message>
    <message>
        <source>The last entry was replaced or the trail&apos;s record of it was changed.</source>
        <translation>Последняя запись заменена, либо изменены сведения о ней в журнале.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Журнал аудита нарушен на записи %1: %2</translation>
    </message>
    <message>
        <source>The store&apos;s records do not agree: %1</source>
        <translation>Записи базы данных не согласуются между собой: %1</translation>
    </message>
    <message>
        <source>The backup file already exists; choose another name.</source>
        <translation>Файл резервной копии уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself.</source>
        <translation>Резервную копию нельзя записать на место самой базы данных.</translation>
    </message>
    <message>
        <source>The backup folder cannot be created.</source>
        <translation>Не удалось создать папку для резервной копии.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Не удалось записать резервную копию.</translation>
    </message>
    <message>
        <source>The backup failed its check: %1</source>
        <translation>Резервная копия не прошла проверку: %1</translation>
    </message>
    <message>
        <source>The store is open in this program; it can be restored only while it is closed. The store was not changed.</source>
        <translation>База данных открыта в этой программе; восстановить ее можно только в закрытом состоянии. База данных не изменена.</translation>
    </message>
    <message>
        <source>The backup is the store itself.</source>
        <translation>Указанная резервная копия — это сама база данных.</translation>
    </message>
    <message>
        <source>The file cannot be restored: %1 The store was not changed.</source>
        <translation>Восстановление из этого файла невозможно: %1 База данных не изменена.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the store.</source>
        <translation>Не удалось скопировать резервную копию в папку базы данных.</translation>
    </message>
    <message>
        <source>The store is open in another program. Close the workstation and try again. The store was not changed.</source>
        <translation>База данных открыта в другой программе. Закройте рабочее место и повторите попытку. База данных не изменена.</translation>
    </message>
    <message>
        <source>The current store could not be kept aside. The store was not changed.</source>
        <translation>Не удалось временно переместить текущую базу данных. База данных не изменена.</translation>
    </message>
    <message>
        <source>The restored store could not be put in place.</source>
        <translation>Не удалось поместить восстановленную базу данных на место текущей.</translation>
    </message>
    <message>
        <source>The store file cannot be created.</source>
        <translation>Не удалось создать файл базы данных.</translation>
    </message>
    <message>
        <source>The store file cannot be opened.</source>
        <translation>Не удалось открыть файл базы данных.</translation>
    </message>
    <message>
        <source>There is no store at this path.</source>
        <translation>По указанному пути база данных не найдена.</translation>
    </message>
    <message>
        <source>The store is already open in this program.</source>
        <translation>База данных уже открыта в этой программе.</translation>
    </message>
    <message>
        <source>The store was written by a newer version of the workstation (schema version %1; this version knows up to %2). It was left unchanged.</source>
        <translation>База данных записана более новой версией рабочего места (версия схемы %1; эта версия поддерживает схему не выше версии %2). База данных оставлена без изменений.</translation>
    </message>
    <message>
        <source>The store cannot use a write-ahead log in this folder.</source>
        <translation>В этой папке база данных не может использовать журнал упреждающей записи.</translation>
    </message>
    <message>
        <source>Another program removed the store&apos;s log file while this workstation had the store open. To keep cases from being lost, nothing more is saved: close the workstation, open it again and check the last applications.</source>
        <translation>Пока база данных была открыта на этом рабочем месте, другая программа удалила файл ее журнала. Чтобы дела не были утрачены, дальнейшие изменения не сохраняются: закройте рабочее место, откройте его снова и проверьте последние заявки.</translation>
    </message>
    <message>
        <source>The store is in use by another program.</source>
        <translation>База данных используется другой программой.</translation>
    </message>
    <message>
        <source>The store&apos;s schema version record is damaged.</source>
        <translation>Запись о версии схемы базы данных повреждена.</translation>
    </message>
    <message>
        <source>The store&apos;s upgrade steps are out of order.</source>
        <translation>Нарушен порядок шагов обновления базы данных.</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed; it keeps version %2.</source>
        <translation>Не удалось обновить базу данных до версии %1; сохранена версия %2.</translation>
    </message>
    <message>
        <source>The store is busy with another change. Try again.</source>
        <translation>База данных занята другим изменением. Повторите попытку.</translation>
    </message>
    <message>
        <source>The record conflicts with one already in the store.</source>
        <translation>Запись противоречит уже имеющейся в базе данных.</translation>
    </message>
    <message>
        <source>The file is not a workstation store.</source>
        <translation>Файл не является базой данных рабочего места.</translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation>Файл базы данных поврежден.</translation>
    </message>
    <message>
        <source>The store could not carry out the operation.</source>
        <translation>Не удалось выполнить операцию с базой данных.</translation>
    </message>
    <message>
        <source>The file is not a workstation store. It was left unchanged.</source>
        <translation>Файл не является базой данных рабочего места. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The store file is damaged or incomplete. It was left unchanged.</source>
        <translation>Файл базы данных поврежден или неполон. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The store file cannot be read.</source>
        <translation>Не удалось прочитать файл базы данных.</translation>
    </message>
</context>
<context>
    <name>dsn::StrictJson</name>
    <message>
        <source>Not valid JSON at offset %1: %2.</source>
        <translation>Недопустимый JSON в позиции %1: %2.</translation>
    </message>
    <message>
        <source>The JSON text holds the key &quot;%1&quot; twice in one object (at character %2): say each thing once.</source>
        <translation>В тексте JSON ключ &quot;%1&quot; дважды встречается в одном объекте (символ %2): каждый ключ указывается только один раз.</translation>
    </message>
</context>
<context>
    <name>dsn::SubjectType</name>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Импортер</translation>
    </message>
</context>
<context>
    <name>dsn::SyncClient</name>
    <message>
        <source>Sync is not set up: the office&apos;s address and the workstation&apos;s token are needed.</source>
        <translation>Синхронизация не настроена: необходимы адрес центрального сервера и токен рабочего места.</translation>
    </message>
    <message>
        <source>The office&apos;s address &quot;%1&quot; is not an http or https address.</source>
        <translation>Адрес центрального сервера &quot;%1&quot; не является адресом http или https.</translation>
    </message>
    <message>
        <source>The office&apos;s address must use https (plain http only on this computer).</source>
        <translation>Адрес центрального сервера должен использовать https (незашифрованный http допускается только на этом компьютере).</translation>
    </message>
    <message>
        <source>A sync with the office is under way.</source>
        <translation>Выполняется синхронизация с центральным сервером.</translation>
    </message>
    <message>
        <source>The office&apos;s anchors could not be read: %1</source>
        <translation>Не удалось прочитать опорные точки журнала аудита, зафиксированные на центральном сервере: %1</translation>
    </message>
    <message>
        <source>The office refused this workstation&apos;s sync because its audit trail no longer matches what the office recorded earlier. Nothing was sent; an office administrator must review the workstation before it can sync again. The office found: %1</source>
        <translation>Центральный сервер отклонил синхронизацию этого рабочего места: его журнал аудита больше не совпадает с тем, что центральный сервер зафиксировал ранее. Ничего не отправлено; до повторной синхронизации администратор центрального сервера должен проверить рабочее место. Выявлено центральным сервером: %1</translation>
    </message>
    <message>
        <source>The office keeps asking for another anchor of the audit trail (%1).</source>
        <translation>Центральный сервер раз за разом запрашивает другую опорную точку журнала аудита (%1).</translation>
    </message>
    <message>
        <source>The office did not accept the workstation&apos;s token (%1). Nothing more was sent; an administrator checks the sync settings.</source>
        <translation>Центральный сервер не принял токен рабочего места (%1). Больше ничего не отправлялось; настройки синхронизации проверяет администратор.</translation>
    </message>
    <message>
        <source>The office refused the workstation this operation (%1). Nothing more was sent.</source>
        <translation>Центральный сервер не разрешил рабочему месту эту операцию (%1). Больше ничего не отправлялось.</translation>
    </message>
    <message>
        <source>The office answered HTTP %1: %2</source>
        <translation>Центральный сервер вернул ответ HTTP %1: %2</translation>
    </message>
    <message>
        <source>The office did not answer in time.</source>
        <translation>Истекло время ожидания ответа центрального сервера.</translation>
    </message>
    <message>
        <source>The office could not be reached: %1</source>
        <translation>Не удалось связаться с центральным сервером: %1</translation>
    </message>
    <message>
        <source>The office&apos;s answer could not be read: %1</source>
        <translation>Не удалось прочитать ответ центрального сервера: %1</translation>
    </message>
    <message>
        <source>The office&apos;s updates could not be read: %1</source>
        <translation>Не удалось прочитать обновления, полученные от центрального сервера: %1</translation>
    </message>
</context>
<context>
    <name>dsn::SyncStore</name>
    <message>
        <source>Sync needs both the office&apos;s address and a token.</source>
        <translation>Для синхронизации необходимы и адрес центрального сервера, и токен.</translation>
    </message>
    <message>
        <source>The office&apos;s answer left this case out; it is sent again later.</source>
        <translation>В ответе центрального сервера это дело отсутствует; оно будет отправлено повторно позднее.</translation>
    </message>
    <message>
        <source>The office holds another content for this case.</source>
        <translation>На центральном сервере это дело хранится с другим содержанием.</translation>
    </message>
</context>
<context>
    <name>dsn::SyncTokenFile</name>
    <message>
        <source>The folder for the workstation&apos;s sync token (%1) cannot be made.</source>
        <translation>Не удалось создать папку для токена синхронизации рабочего места (%1).</translation>
    </message>
    <message>
        <source>The workstation&apos;s sync token (%1) cannot be read.</source>
        <translation>Не удалось прочитать токен синхронизации рабочего места (%1).</translation>
    </message>
    <message>
        <source>The workstation&apos;s sync token can only be kept for a store in a file.</source>
        <translation>Токен синхронизации рабочего места можно хранить только для базы данных, размещенной в файле.</translation>
    </message>
    <message>
        <source>The workstation&apos;s sync token cannot be saved in %1.</source>
        <translation>Не удалось сохранить токен синхронизации рабочего места в файл %1.</translation>
    </message>
</context>
<context>
    <name>dsn::TaxpayerId</name>
    <message>
        <source>Enter the IIN or BIN: 12 digits.</source>
        <translation>Введите ИИН или БИН: 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN or BIN consists of digits only.</source>
        <translation>ИИН и БИН состоят только из цифр.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>ИИН и БИН содержат ровно 12 цифр.</translation>
    </message>
    <message>
        <source>This is neither an IIN nor a BIN: the 5th digit must be 0 to 6.</source>
        <translation>Это не ИИН и не БИН: 5-я цифра должна быть от 0 до 6.</translation>
    </message>
    <message>
        <source>In an IIN the 7th digit (century and sex) must be 1 to 6.</source>
        <translation>В ИИН 7-я цифра (век и пол) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>In an IIN the first six digits must be a real date of birth (year, month, day).</source>
        <translation>В ИИН первые шесть цифр должны составлять действительную дату рождения (год, месяц, день).</translation>
    </message>
    <message>
        <source>In an IIN the date of birth cannot be later than today.</source>
        <translation>В ИИН дата рождения не может быть позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>In a BIN the 3rd and 4th digits are the month of registration, 01 to 12.</source>
        <translation>В БИН 3-я и 4-я цифры обозначают месяц регистрации: от 01 до 12.</translation>
    </message>
    <message>
        <source>In a BIN the 5th digit (type) must be 4, 5 or 6.</source>
        <translation>В БИН 5-я цифра (тип) должна быть 4, 5 или 6.</translation>
    </message>
    <message>
        <source>In a BIN the 6th digit (head office, branch, representative office or peasant farm) must be 0 to 3.</source>
        <translation>В БИН 6-я цифра (головное подразделение, филиал, представительство или крестьянское хозяйство) должна быть от 0 до 3.</translation>
    </message>
    <message>
        <source>The last (check) digit does not match: the number was probably mistyped.</source>
        <translation>Последняя (контрольная) цифра не совпадает: вероятно, номер введен с ошибкой.</translation>
    </message>
    <message>
        <source>No IIN or BIN is ever issued with these first 11 digits: the number was probably mistyped.</source>
        <translation>ИИН и БИН с такими первыми 11 цифрами не присваиваются: вероятно, номер введен с ошибкой.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>resident legal entity</source>
        <translation>юридическое лицо – резидент</translation>
    </message>
    <message>
        <source>non-resident legal entity</source>
        <translation>юридическое лицо – нерезидент</translation>
    </message>
    <message>
        <source>joint individual entrepreneurship</source>
        <translation>совместное индивидуальное предпринимательство</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>головное подразделение</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>representative office</source>
        <translation>представительство</translation>
    </message>
    <message>
        <source>peasant or farm household</source>
        <translation>крестьянское или фермерское хозяйство</translation>
    </message>
    <message>
        <source>The character %1 is not a digit: an IIN or BIN consists of 12 digits.</source>
        <translation>Символ %1 не является цифрой: ИИН и БИН состоят из 12 цифр.</translation>
    </message>
    <message numerus="yes">
        <source>Digits typed: %n; an IIN or BIN has exactly 12.</source>
        <translation>
            <numerusform>Введено цифр: %n; ИИН и БИН содержат ровно 12 цифр.</numerusform>
            <numerusform>Введено цифр: %n; ИИН и БИН содержат ровно 12 цифр.</numerusform>
            <numerusform>Введено цифр: %n; ИИН и БИН содержат ровно 12 цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 5th digit is %1: in an IIN it is the first digit of the day of birth (0 to 3), in a BIN the type (4 to 6). Check the number.</source>
        <translation>5-я цифра — %1: в ИИН это первая цифра дня рождения (от 0 до 3), в БИН — тип (от 4 до 6). Проверьте номер.</translation>
    </message>
    <message>
        <source>The 5th and 6th digits of an IIN are the day of birth, but %1 is not a day. Is this a BIN?</source>
        <translation>5-я и 6-я цифры ИИН обозначают день рождения, но %1 не может быть днем месяца. Возможно, это БИН?</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN is %1, but it must be 1 to 6 (1-2 born in the 1800s, 3-4 in the 1900s, 5-6 in the 2000s).</source>
        <translation>7-я цифра ИИН — %1, а должна быть от 1 до 6 (1–2 — родившиеся в XIX веке, 3–4 — в XX веке, 5–6 — в XXI веке).</translation>
    </message>
    <message>
        <source>The first six digits of an IIN are the date of birth, but day %1, month %2 of %3 is not a real date.</source>
        <translation>Первые шесть цифр ИИН обозначают дату рождения, но день %1, месяц %2, год %3 — несуществующая дата.</translation>
    </message>
    <message>
        <source>The first seven digits of an IIN give the date of birth %1, which is later than today (%2): the number was probably mistyped.</source>
        <translation>По первым семи цифрам ИИН дата рождения — %1, что позже сегодняшней даты (%2): вероятно, номер введен с ошибкой.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of a BIN are the month of registration, but %1 is not a month (01 to 12).</source>
        <translation>3-я и 4-я цифры БИН обозначают месяц регистрации, но %1 не является номером месяца (от 01 до 12).</translation>
    </message>
    <message>
        <source>The 5th digit of a BIN is its type and must be 4, 5 or 6, but it is %1.</source>
        <translation>5-я цифра БИН обозначает его тип и должна быть 4, 5 или 6, а указана %1.</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm), but it is %1.</source>
        <translation>6-я цифра БИН должна быть 0 (головное подразделение), 1 (филиал), 2 (представительство) или 3 (крестьянское хозяйство), а указана %1.</translation>
    </message>
    <message>
        <source>The last (check) digit is %1 but should be %2 for the first 11 digits: the number was probably mistyped.</source>
        <translation>Последняя (контрольная) цифра — %1, а для первых 11 цифр должна быть %2: вероятно, номер введен с ошибкой.</translation>
    </message>
    <message>
        <source>IIN, %1, born %2</source>
        <translation>ИИН, пол: %1, дата рождения %2</translation>
    </message>
    <message>
        <source>BIN, %1, %2, registered %3</source>
        <translation>БИН, %1, %2, месяц регистрации %3</translation>
    </message>
</context>
<context>
    <name>dsn::Users</name>
    <message>
        <source>This is a published demonstration password; choose a password of your own.</source>
        <translation>Это опубликованный демонстрационный пароль; задайте собственный пароль.</translation>
    </message>
    <message>
        <source>Too many failed logins. The account is locked until %1.</source>
        <translation>Слишком много неудачных попыток входа. Учетная запись заблокирована до %1.</translation>
    </message>
    <message>
        <source>This account was deactivated.</source>
        <translation>Эта учетная запись деактивирована.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Управлять пользователями может только администратор.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Такой пользователь не найден.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>Пароль должен содержать не более 1024 символов.</translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation>Пароль не может состоять только из пробелов.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Пароль не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Имя пользователя состоит из 3–64 символов: букв, цифр, точек, дефисов или знаков подчеркивания.</translation>
    </message>
    <message>
        <source>This user name is reserved.</source>
        <translation>Это имя пользователя зарезервировано.</translation>
    </message>
    <message>
        <source>An office code has 1 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Код подразделения состоит из 1–32 символов: букв, цифр, точек, дефисов или знаков подчеркивания.</translation>
    </message>
    <message>
        <source>A user cannot have the system role.</source>
        <translation>Пользователю нельзя назначить системную роль.</translation>
    </message>
    <message>
        <source>The full name must have 1 to 200 characters.</source>
        <translation>Ф. И. О. должны содержать от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>The first administrator was already created.</source>
        <translation>Первый администратор уже создан.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Пользователь с таким именем уже существует.</translation>
    </message>
    <message>
        <source>The last active administrator must stay an administrator.</source>
        <translation>Последний активный администратор должен оставаться администратором.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Последнего активного администратора нельзя деактивировать.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Новый пароль должен отличаться от прежнего.</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ApplicationForm</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>В окне приема</translation>
    </message>
    <message>
        <source>At the applicant&apos;s home (cannot come in person)</source>
        <translation>По месту жительства услугополучателя (не может явиться лично)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>Перед сохранением необходимо исправить %n ошибку.</numerusform>
            <numerusform>Перед сохранением необходимо исправить %n ошибки.</numerusform>
            <numerusform>Перед сохранением необходимо исправить %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>%1 из 12 цифр</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>type part of a name or the code</source>
        <translation>введите часть наименования или код</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
</context>
<context>
    <name>dsn::gui::CaseDetailDialog</name>
    <message>
        <source>Case %1</source>
        <translation>Дело № %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Дело № %1 — %2</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>еще не зарегистрирована</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Home visit to the applicant</source>
        <translation>Выезд по месту жительства услугополучателя</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>В окне приема</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Нефтепродукт</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Техническая характеристика</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>DSN code</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Основание для отказа</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Присвоен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Ground %1: %2</source>
        <translation>Основание %1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>(intake)</source>
        <translation>(прием)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Время печати</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Кем напечатан</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Повторная печать</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>Расписка о приеме заявки</translation>
    </message>
    <message>
        <source>Certificate of DSN codes</source>
        <translation>Свидетельство о присвоении ПИН-кодов</translation>
    </message>
    <message>
        <source>Reasoned refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>reprint %1</source>
        <translation>повторная печать № %1</translation>
    </message>
</context>
<context>
    <name>dsn::gui::CaseListModel</name>
    <message>
        <source>Overdue: the term has ended and no decision was made</source>
        <translation>Просрочено: срок истек, решение не принято</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок истекает сегодня</translation>
    </message>
    <message>
        <source>Decided: the term no longer runs</source>
        <translation>Решение принято: течение срока прекращено</translation>
    </message>
    <message>
        <source>The term of service is running</source>
        <translation>Идет срок оказания услуги</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Время приема</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>Налогоплательщик</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>dsn::gui::CaseListWidget</name>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Due column:</source>
        <translation>Столбец «Срок»:</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message>
        <source>overdue, no decision</source>
        <translation>просрочено, решение не принято</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело № %1</translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation>Не удалось открыть дело: %1</translation>
    </message>
    <message>
        <source>The cases cannot be read: %1</source>
        <translation>Не удалось прочитать дела: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown, more load as you scroll</source>
        <translation>
            <numerusform>Показано %n дело, остальные загружаются при прокрутке</numerusform>
            <numerusform>Показано %n дела, остальные загружаются при прокрутке</numerusform>
            <numerusform>Показано %n дел, остальные загружаются при прокрутке</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match</source>
        <translation>Соответствующие дела не найдены</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsn::gui::CounterDesk</name>
    <message>
        <source>New application</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Saved: case %1. The receipt is open for printing.</source>
        <translation>Сохранено: дело № %1. Расписка открыта для печати.</translation>
    </message>
</context>
<context>
    <name>dsn::gui::FirstAdministratorDialog</name>
    <message>
        <source>Enter the full name.</source>
        <translation>Введите Ф. И. О. администратора.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Введенные пароли не совпадают.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>This workstation has no users yet. Create the first administrator; the administrator then creates the operators and reviewers.</source>
        <translation>На этом рабочем месте еще нет пользователей. Создайте первого администратора; затем администратор создаст операторов и специалистов по рассмотрению.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>&amp;Код подразделения:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>По&amp;вторите пароль:</translation>
    </message>
    <message>
        <source>The password: at least 10 characters, not only spaces, not the user name, and not a demonstration password.</source>
        <translation>Пароль должен содержать не менее 10 символов, не состоять только из пробелов, не совпадать с именем пользователя и не быть демонстрационным паролем.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>dsn::gui::LockScreen</name>
    <message>
        <source>The workstation is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter your password to go on, or sign out.</source>
        <translation>Вход выполнен пользователем %1. Чтобы продолжить работу, введите пароль или выйдите из системы.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ра&amp;зблокировать</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>dsn::gui::LoginDialog</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts until %1.</source>
        <translation>Из-за слишком большого числа неудачных попыток учетная запись заблокирована до %1.</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts. Try again later or ask an administrator to unlock it.</source>
        <translation>Из-за слишком большого числа неудачных попыток учетная запись заблокирована. Повторите попытку позже или обратитесь к администратору для разблокировки.</translation>
    </message>
    <message>
        <source>The account is deactivated. Ask an administrator.</source>
        <translation>Учетная запись деактивирована. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Enter the user name and the password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>dsn::gui::MainWindow</name>
    <message>
        <source>Print receipt</source>
        <translation>Печать расписки</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>Целостность журнала аудита не нарушена: проверена %n запись.</numerusform>
            <numerusform>Целостность журнала аудита не нарушена: проверены %n записи.</numerusform>
            <numerusform>Целостность журнала аудита не нарушена: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Целостность журнала аудита нарушена в записи № %1: %2</translation>
    </message>
    <message>
        <source>The application was not saved</source>
        <translation>Заявка не сохранена</translation>
    </message>
    <message>
        <source>Case %1 saved</source>
        <translation>Дело № %1 сохранено</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>DSN codes for petroleum products

Users and the audit check are in the Administration menu.</source>
        <translation>ПИН-коды нефтепродуктов

Пользователи и проверка журнала аудита находятся в меню «Администрирование».</translation>
    </message>
    <message>
        <source>DSN codes for petroleum products</source>
        <translation>ПИН-коды нефтепродуктов</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Подразделение: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>DSN Workstation %1
Assignment of DSN codes to petroleum products.</source>
        <translation>Рабочее место «ПИН-код» %1
Присвоение ПИН-кодов нефтепродуктам.</translation>
    </message>
    <message>
        <source>Application not saved</source>
        <translation>Заявка не сохранена</translation>
    </message>
    <message>
        <source>An application is typed in the form and not saved. Throw it away?</source>
        <translation>В форму введена заявка, но она не сохранена. Удалить ее?</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Go on typing</source>
        <translation>&amp;Продолжить ввод</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ReceiptJob</name>
    <message>
        <source>The case is not loaded.</source>
        <translation>Дело не загружено.</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ReceiptPreviewDialog</name>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Сохранить расписку в формате PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Done; the print is recorded with the case.</source>
        <translation>Готово; сведения о печати внесены в дело.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Расписка № %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Also print in Russian</source>
        <translation>Напечатать также на русском языке</translation>
    </message>
    <message>
        <source>Also print in Kazakh</source>
        <translation>Напечатать также на казахском языке</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>dsn::gui::ReferenceModels</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>— type a name or code —</source>
        <translation>— введите наименование или код —</translation>
    </message>
</context>
<context>
    <name>dsn::gui::SyncIndicator</name>
    <message>
        <source>Sync is not configured on this workstation.</source>
        <translation>Синхронизация на этом рабочем месте не настроена.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Идет синхронизация с центральным сервером…</translation>
    </message>
</context>
<context>
    <name>dsn::gui::SyncStatusText</name>
    <message>
        <source>Sync: not configured</source>
        <translation>Синхронизация: не настроена</translation>
    </message>
    <message>
        <source>Sync: not working (%1)</source>
        <translation>Синхронизация: не работает (%1)</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Синхронизация: запуск…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent</source>
        <translation>
            <numerusform>%n заявка ожидает отправки</numerusform>
            <numerusform>%n заявки ожидают отправки</numerusform>
            <numerusform>%n заявок ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>нет заявок к отправке</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n конфликт требует решения</numerusform>
            <numerusform>%n конфликта требуют решения</numerusform>
            <numerusform>%n конфликтов требуют решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the office</source>
        <translation>
            <numerusform>%n заявка отклонена центральным сервером</numerusform>
            <numerusform>%n заявки отклонены центральным сервером</numerusform>
            <numerusform>%n заявок отклонено центральным сервером</numerusform>
        </translation>
    </message>
    <message>
        <source>last attempt failed at %1: %2</source>
        <translation>последняя попытка (%1) не удалась: %2</translation>
    </message>
    <message>
        <source>last attempt failed: %1</source>
        <translation>последняя попытка не удалась: %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>синхронизация еще не выполнялась</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>dsn::gui::UsersDialog</name>
    <message>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Введите Ф. И. О. пользователя.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Пользователь %1 создан.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New &amp;user name:</source>
        <translation>&amp;Имя нового пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>&amp;Код подразделения:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Создать пользователя</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>dsn::workstation::Demo</name>
    <message>
        <source>The store already has users; the demo setup is only made on an empty store.</source>
        <translation>В базе данных уже есть пользователи; демонстрационные данные подготавливаются только в пустой базе данных.</translation>
    </message>
</context>
<context>
    <name>dsn::workstation::Main</name>
    <message>
        <source>Demo login (a demonstration store only):</source>
        <translation>Данные для входа (только для демонстрационной базы данных):</translation>
    </message>
    <message>
        <source>DSN Workstation: the counter desk of the DSN code service.</source>
        <translation>Рабочее место «ПИН-код»: окно приема государственной услуги по присвоению ПИН-кодов.</translation>
    </message>
    <message>
        <source>The store file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Work on the demonstration&apos;s own store (default: %1, never the workstation&apos;s own store); when it is empty, set up a demonstration (workstation DEMO01, an administrator, an operator and a reviewer) and print the demo login.</source>
        <translation>Работать с собственной базой данных демонстрации (по умолчанию: %1, но никогда не с базой данных рабочего места); если она пуста, подготовить демонстрацию (рабочее место DEMO01, администратор, оператор и специалист по рассмотрению) и вывести данные для входа.</translation>
    </message>
    <message>
        <source>Open the store, creating it when missing (with --demo: set it up), then end without a window.</source>
        <translation>Открыть базу данных (при отсутствии создать ее, с --demo — подготовить демонстрацию) и завершить работу, не открывая окна.</translation>
    </message>
    <message>
        <source>The demonstration is never set up in the workstation&apos;s own store %1; leave out --db to use the demonstration&apos;s store %2.</source>
        <translation>Демонстрация никогда не подготавливается в собственной базе данных рабочего места %1; чтобы использовать базу данных демонстрации %2, не указывайте --db.</translation>
    </message>
    <message>
        <source>DSN Workstation</source>
        <translation>Рабочее место «ПИН-код»</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Demo store set up in %1.</source>
        <translation>Демонстрационная база данных подготовлена: %1.</translation>
    </message>
    <message>
        <source>The store %1 is not a demo store; sign in with its own users.</source>
        <translation>База данных %1 не является демонстрационной; войдите под учетной записью одного из ее пользователей.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the options.</source>
        <translation>Список параметров: &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>dsnctl::CaseCommand</name>
    <message>
        <source>--json FILE|- is required</source>
        <translation>требуется параметр --json FILE|-</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>значение --limit должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>Take one application in from JSON (a file, or - for standard input) on behalf of this workstation&apos;s counter, and print its case number. Keys: department, taxpayer_name, taxpayer_id, subject_type (producer|importer), country, atu, head_name, received_at (ISO 8601; without an offset it is Kazakhstan time), products (a list of objects with type 1-4, name, spec); optional channel (counter|home), queue_ticket, application_date (YYYY-MM-DD, default the day of receipt). Invalid input: every problem on standard error, one per line naming the key, nothing written, exit code 2. Recorded as the system, with the reason &quot;%1&quot;.</source>
        <translation>Принять одну заявку из JSON (из файла или, если указан -, со стандартного ввода) от имени окна приема этого рабочего места и вывести номер ее дела. Ключи: department, taxpayer_name, taxpayer_id, subject_type (producer|importer), country, atu, head_name, received_at (ISO 8601; без смещения — время Казахстана), products (список объектов с полями type 1-4, name, spec); необязательные ключи: channel (counter|home), queue_ticket, application_date (YYYY-MM-DD, по умолчанию — день приема). При неверных данных каждая ошибка выводится в стандартный поток ошибок отдельной строкой с указанием ключа, ничего не записывается, код завершения 2. Регистрируется от имени системы с причиной &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The application as a JSON object: a file, or - to read it from standard input.</source>
        <translation>Заявка в виде объекта JSON: файл или - для чтения со стандартного ввода.</translation>
    </message>
    <message>
        <source>List cases, newest receipt first: case number, received, status, IIN/BIN, taxpayer name, due (times in Kazakhstan time; &quot;overdue&quot; after the due time when the term ended undecided), tab-separated after a header line; or a JSON array with --json (times in UTC). The listing shows IIN/BIN and names, so it is recorded in the audit trail as the system (case_search: the words, the filters, how many cases were listed).</source>
        <translation>Вывести список дел, начиная с последних принятых: номер дела, время приема, статус, ИИН/БИН, наименование налогоплательщика, срок (время — по времени Казахстана; &quot;overdue&quot; — если срок истек, а решение не принято), через табуляцию после строки заголовка; либо массив JSON с --json (время в UTC). В списке видны ИИН/БИН и наименования, поэтому он регистрируется в журнале аудита от имени системы (case_search: слова поиска, фильтры, число выведенных дел).</translation>
    </message>
    <message>
        <source>Only cases in this status: %1.</source>
        <translation>Только дела с указанным статусом: %1.</translation>
    </message>
    <message>
        <source>Only cases matching these words: the start of a word of the taxpayer&apos;s name, a product name, the IIN/BIN or the case number.</source>
        <translation>Только дела, соответствующие словам поиска: начало слова в наименовании налогоплательщика, наименование нефтепродукта, ИИН/БИН или номер дела.</translation>
    </message>
    <message>
        <source>Only cases whose term of service has ended undecided.</source>
        <translation>Только дела, срок оказания услуги по которым истек без принятия решения.</translation>
    </message>
    <message>
        <source>At most N cases.</source>
        <translation>Не более N дел.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Вывести массив JSON.</translation>
    </message>
    <message>
        <source>Show one case: every field, the product lines, the status history and the printed documents. The view is recorded in the audit trail (person_viewed for an IIN, case_viewed for a BIN).</source>
        <translation>Показать одно дело: все поля, строки нефтепродуктов, историю статусов и напечатанные документы. Просмотр регистрируется в журнале аудита (person_viewed для ИИН, case_viewed для БИН).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Cases of the workstation&apos;s store: intake from JSON, lists and search, one case.</source>
        <translation>Дела базы данных рабочего места: прием из JSON, списки и поиск, просмотр дела.</translation>
    </message>
</context>
<context>
    <name>dsnctl::CodeCommand</name>
    <message>
        <source>missing option --%1</source>
        <translation>не указан параметр --%1</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --%2 (expected a number)</source>
        <translation>недопустимое значение &apos;%1&apos; для --%2 (ожидается число)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; for --%2 is out of range</source>
        <translation>значение &apos;%1&apos; для --%2 вне допустимого диапазона</translation>
    </message>
    <message>
        <source>Compose a new DSN code from its five facets and print it (12 or more digits). All five options are required; a historical territorial unit is refused. Exit code 0 ok, 2 for a bad or unknown value.</source>
        <translation>Составить новый ПИН-код из пяти фасетов и вывести его (12 или более цифр). Все пять параметров обязательны; историческая территориальная единица не принимается. Код завершения: 0 — успешно, 2 — неверное или неизвестное значение.</translation>
    </message>
    <message>
        <source>Facet 1, producing country: 1 outside the EAEU, 2 Belarus, 3 Kazakhstan, 4 Russia, 5 Kyrgyzstan, 6 Armenia.</source>
        <translation>Фасет 1, страна-производитель: 1 — страны, не входящие в ЕАЭС, 2 — Беларусь, 3 — Казахстан, 4 — Россия, 5 — Кыргызстан, 6 — Армения.</translation>
    </message>
    <message>
        <source>Facet 2, administrative-territorial unit of the subject, 001-258 (see &apos;dsnctl reference atu&apos;).</source>
        <translation>Фасет 2, административно-территориальная единица субъекта, 001-258 (см. &apos;dsnctl reference atu&apos;).</translation>
    </message>
    <message>
        <source>Facet 3, market subject number, 0001-9999.</source>
        <translation>Фасет 3, номер субъекта рынка, 0001-9999.</translation>
    </message>
    <message>
        <source>Facet 4, product type: 1 gasoline, 2 diesel fuel, 3 fuel oil, 4 aviation fuel.</source>
        <translation>Фасет 4, вид продукта: 1 — бензин, 2 — дизельное топливо, 3 — мазут, 4 — авиационное топливо.</translation>
    </message>
    <message>
        <source>Facet 5, brand number, 001 and up (at most 9 digits).</source>
        <translation>Фасет 5, номер марки, начиная с 001 (не более 9 цифр).</translation>
    </message>
    <message>
        <source>Print the display form with spaces: 3 053 0001 1 001.</source>
        <translation>Вывести код в удобочитаемом виде с пробелами: 3 053 0001 1 001.</translation>
    </message>
    <message>
        <source>Check a DSN code (digits, or grouped as 3 053 0001 1 001 when quoted) and explain its facets: country, territorial unit and its region (marked historical when so), market subject, product type, brand. Exit code 0 valid, 1 invalid, 2 usage error.</source>
        <translation>Проверить ПИН-код (цифрами или, в кавычках, группами: 3 053 0001 1 001) и расшифровать его фасеты: страна, территориальная единица и ее регион (с пометкой, если она историческая), субъект рынка, вид продукта, марка. Код завершения: 0 — код верен, 1 — код неверен, 2 — ошибка вызова.</translation>
    </message>
    <message>
        <source>Language of the names: en (default), kk or ru.</source>
        <translation>Язык наименований: en (по умолчанию), kk или ru.</translation>
    </message>
    <message>
        <source>Print one JSON object: valid, code, grouped, country, atu, entity, product, brand; or valid, input, reason, message when invalid.</source>
        <translation>Вывести один объект JSON: valid, code, grouped, country, atu, entity, product, brand; если код неверен — valid, input, reason, message.</translation>
    </message>
    <message>
        <source>DSN codes of petroleum products: compose and explain.</source>
        <translation>ПИН-коды нефтепродуктов: составление и расшифровка.</translation>
    </message>
</context>
<context>
    <name>dsnctl::IdCommand</name>
    <message>
        <source>Check an IIN or BIN (12 digits, spaces allowed when quoted) and decode it. Prints the kind (IIN, BIN or invalid) and then key: value lines: birth_date and sex for an IIN; registered, type and attribute for a BIN; reason and message when invalid. Exit code 0 valid, 1 invalid, 2 usage error.</source>
        <translation>Проверить ИИН или БИН (12 цифр; в кавычках допускаются пробелы) и расшифровать его. Выводит вид номера (IIN, BIN или invalid), затем строки «ключ: значение»: birth_date и sex для ИИН; registered, type и attribute для БИН; reason и message, если номер неверен. Код завершения: 0 — номер верен, 1 — номер неверен, 2 — ошибка вызова.</translation>
    </message>
    <message>
        <source>Print one JSON object: valid, kind, number, the decoded fields, reason, message.</source>
        <translation>Вывести один объект JSON: valid, kind, number, расшифрованные поля, reason, message.</translation>
    </message>
    <message>
        <source>Accept only this kind of number; by default the 5th digit tells the kind.</source>
        <translation>Принимать номер только этого вида; по умолчанию вид определяется по 5-й цифре.</translation>
    </message>
    <message>
        <source>Individual and business identification numbers (IIN, BIN).</source>
        <translation>Индивидуальные и бизнес-идентификационные номера (ИИН, БИН).</translation>
    </message>
</context>
<context>
    <name>dsnctl::LegalReferenceCommand</name>
    <message>
        <source>expected nothing (to list) or: set KEY</source>
        <translation>ожидалось ничего (для списка) или: set KEY</translation>
    </message>
    <message>
        <source>--kk, --ru and --reset go with: set KEY</source>
        <translation>--kk, --ru и --reset используются только с set KEY</translation>
    </message>
    <message>
        <source>The legal references the certificate and the refusal letter cite, as in force in the store, as CSV (key,lang,corrected,text). With &apos;set KEY&apos; an administrator&apos;s correction of one (as the system, audited): --kk and/or --ru give the new texts, --reset goes back to the shipped ones.</source>
        <translation>Правовые ссылки, которые приводят свидетельство и письмо об отказе, в редакции, действующей в базе данных, в формате CSV (key,lang,corrected,text). С &apos;set KEY&apos; администратор исправляет одну из них (от имени системы, с записью в журнал аудита): --kk и/или --ru задают новые тексты, --reset возвращает исходные.</translation>
    </message>
    <message>
        <source>The new Kazakh text.</source>
        <translation>Новый текст на казахском.</translation>
    </message>
    <message>
        <source>The new Russian text.</source>
        <translation>Новый текст на русском.</translation>
    </message>
    <message>
        <source>Go back to the shipped texts in both languages.</source>
        <translation>Вернуть исходные тексты на обоих языках.</translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation>Причина, для журнала аудита.</translation>
    </message>
</context>
<context>
    <name>dsnctl::OfficeCommand</name>
    <message>
        <source>--db postgresql://USER@HOST:PORT/NAME or sqlite:PATH is required</source>
        <translation>требуется параметр --db postgresql://USER@HOST:PORT/NAME или sqlite:PATH</translation>
    </message>
    <message>
        <source>cannot open the office database %1: %2</source>
        <translation>не удалось открыть базу данных центрального сервера %1: %2</translation>
    </message>
    <message>
        <source>the workstation name is empty</source>
        <translation>не указано имя рабочего места</translation>
    </message>
    <message>
        <source>Registered workstation %1 with the role %2. Its token, shown only now:</source>
        <translation>Рабочее место %1 зарегистрировано с ролью %2. Его токен (показывается только сейчас):</translation>
    </message>
    <message>
        <source>Revoked the token of workstation %1: its requests are refused from now on.</source>
        <translation>Токен рабочего места %1 отозван: отныне его запросы отклоняются.</translation>
    </message>
    <message>
        <source>Workstation %1 has a new token; its old token is refused from now on. Its cases and history are kept. The new token, shown only now:</source>
        <translation>Рабочему месту %1 выдан новый токен; отныне прежний токен отклоняется. Дела и история рабочего места сохраняются. Новый токен (показывается только сейчас):</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>No audit alert is open.</source>
        <translation>Открытых предупреждений аудита нет.</translation>
    </message>
    <message>
        <source>--note must say what the review found</source>
        <translation>в --note должен быть указан результат проверки</translation>
    </message>
    <message>
        <source>Accepted the audit alert of workstation %1 (recorded as reviewed by %2). Its next push starts new anchors; the entries before stay as they are.</source>
        <translation>Предупреждение аудита рабочего места %1 принято (зарегистрировано как рассмотренное пользователем %2). С его следующей отправки начинаются новые контрольные точки; прежние записи остаются без изменений.</translation>
    </message>
    <message>
        <source>Register a workstation with the office and print its new token as the last line. Only the token&apos;s SHA-256 is kept; the token cannot be shown again.</source>
        <translation>Зарегистрировать рабочее место на центральном сервере и вывести его новый токен последней строкой. Хранится только хеш SHA-256 токена; повторно показать токен невозможно.</translation>
    </message>
    <message>
        <source>counter (a State Corporation workstation, the default), review (a revenue department workstation) or admin.</source>
        <translation>counter (рабочее место Госкорпорации, по умолчанию), review (рабочее место Департамента государственных доходов) или admin.</translation>
    </message>
    <message>
        <source>Revoke a workstation&apos;s token: every later request with it is refused (401).</source>
        <translation>Отозвать токен рабочего места: все последующие запросы с ним отклоняются (401).</translation>
    </message>
    <message>
        <source>Give a registered workstation a new token and print it as the last line; the old token is refused (401) from now on. The workstation keeps its name, role, cases and history; a revoked workstation is taken back into service with the new token.</source>
        <translation>Выдать зарегистрированному рабочему месту новый токен и вывести его последней строкой; прежний токен отныне отклоняется (401). Имя, роль, дела и история рабочего места сохраняются; рабочее место с отозванным токеном вновь вводится в работу с новым токеном.</translation>
    </message>
    <message>
        <source>List the workstations whose audit trail no longer extends the anchors the office kept from their pushes; the office refuses their sync until an alert is accepted. One line each, tab-separated: workstation, open or accepted, raised at, entry reported, reason (and for accepted ones when, by whom and the note).</source>
        <translation>Вывести список рабочих мест, журнал аудита которых больше не продолжает контрольные точки, сохраненные центральным сервером при их отправках; центральный сервер отклоняет их синхронизацию, пока предупреждение не принято. По одной строке на рабочее место, через табуляцию: рабочее место, open или accepted (открыто или принято), время возникновения, указанная запись, причина (для принятых — также когда и кем принято и примечание).</translation>
    </message>
    <message>
        <source>Accepted alerts too.</source>
        <translation>Показывать также принятые предупреждения.</translation>
    </message>
    <message>
        <source>After review, accept a workstation&apos;s open audit alert: recorded with the note and the system user; the workstation may sync again and its next push starts new anchors.</source>
        <translation>После проверки принять открытое предупреждение аудита рабочего места: принятие регистрируется с примечанием и системным пользователем; рабочее место снова может синхронизироваться, а с его следующей отправки начинаются новые контрольные точки.</translation>
    </message>
    <message>
        <source>What the review found (required).</source>
        <translation>Результат проверки (обязательно).</translation>
    </message>
    <message>
        <source>Work on the territorial revenue office&apos;s database (--db postgresql://... or sqlite:PATH).</source>
        <translation>Работа с базой данных территориального органа государственных доходов (--db postgresql://... или sqlite:PATH).</translation>
    </message>
    <message>
        <source>Registered workstation %1 with the role %2 at the place %3. Its token, shown only now:</source>
        <translation>Рабочее место %1 зарегистрировано с ролью %2, место %3. Его токен (показывается только сейчас):</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registration(s); the registry now holds them alone.</source>
        <translation>
            <numerusform>Импортирована %n регистрация; теперь в реестре только она.</numerusform>
            <numerusform>Импортировано %n регистрации; теперь в реестре только они.</numerusform>
            <numerusform>Импортировано %n регистраций; теперь в реестре только они.</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxpayer registry has never been imported: refusal ground 1 holds for every subject.</source>
        <translation>Реестр налогоплательщиков еще не импортировался: основание для отказа 1 подтверждается для любого субъекта.</translation>
    </message>
    <message>
        <source>Where the workstation works: for a counter its State Corporation branch code (its NAME stays the workstation code of its case numbers), for a review desk the code of its State Revenue Department (dsnctl reference departments), which decides the cases it sees. An administrator may have none.</source>
        <translation>Где работает рабочее место: для рабочего места Государственной корпорации — код ее филиала (NAME остается кодом рабочего места в номерах дел), для рабочего места Департамента государственных доходов — код департамента (dsnctl reference departments), от которого зависит, какие дела оно видит. Администратору место можно не указывать.</translation>
    </message>
    <message>
        <source>Import the taxpayer registry (refusal ground 1) from CSV with the header taxpayer_id,name,activity,place,registered_on,deregistered_on: one registration a row, the activity a key such as petroleum_production or petroleum_wholesale, the place a department code, dates YYYY-MM-DD (deregistered_on empty while in force). The import replaces the whole registry. All or nothing: any bad row is reported with its line and nothing is imported (exit code 1).</source>
        <translation>Импортировать реестр налогоплательщиков (основание для отказа 1) из CSV с заголовком taxpayer_id,name,activity,place,registered_on,deregistered_on: одна регистрация в строке, вид деятельности — ключ вроде petroleum_production или petroleum_wholesale, место — код департамента, даты в формате YYYY-MM-DD (deregistered_on пусто, пока регистрация действует). Импорт заменяет весь реестр. Все или ничего: каждая ошибочная строка указывается с номером, и ничего не импортируется (код выхода 1).</translation>
    </message>
    <message>
        <source>Say what the taxpayer registry holds: one line each, tab-separated, for the registrations, the taxpayers and the time of the last import.</source>
        <translation>Показать, что содержит реестр налогоплательщиков: по одной строке, через табуляцию, для регистраций, налогоплательщиков и времени последнего импорта.</translation>
    </message>
</context>
<context>
    <name>dsnctl::PrintCommand</name>
    <message>
        <source>--lang is required: kk or ru.</source>
        <translation>Требуется параметр --lang: kk или ru.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>Требуется параметр --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of Qt; it is not available.</source>
        <translation>Для печати требуется графическая часть Qt; она недоступна.</translation>
    </message>
    <message>
        <source>Write the acceptance receipt of a case to a PDF file, the same document the workstation prints, and record the print (as the system). Prints the file, the content hash and the reprint number.</source>
        <translation>Записать расписку о приеме заявки по делу в файл PDF (тот же документ, который печатает рабочее место) и зарегистрировать печать (от имени системы). Выводит путь к файлу, хеш содержимого и номер повторной печати.</translation>
    </message>
    <message>
        <source>Language of the receipt: kk or ru.</source>
        <translation>Язык расписки: kk или ru.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <source>Print a case&apos;s documents to PDF files.</source>
        <translation>Печать документов дела в файлы PDF.</translation>
    </message>
    <message>
        <source>Unknown document.</source>
        <translation>Неизвестный документ.</translation>
    </message>
    <message>
        <source>--token TOKEN is required: the office&apos;s signed token that the certificate&apos;s QR code carries.</source>
        <translation>Требуется параметр --token TOKEN: подписанный центральным сервером токен, который несет QR-код свидетельства.</translation>
    </message>
    <message>
        <source>Write the certificate of the DSN codes a decided case issued to a PDF file (PDF/A-1b) and record the print (as the system). Needs the decision number and at least one issued line. The QR code carries the office&apos;s signed token given with --token; the workstation will fetch it from the office once the office gives tokens for printing. Prints the file, the content hash and the reprint number.</source>
        <translation>Записать свидетельство о присвоенных по решенному делу ПИН-кодах в файл PDF (PDF/A-1b) и зарегистрировать печать (от имени системы). Нужны номер решения и хотя бы одна позиция с присвоенным ПИН-кодом. QR-код несет подписанный центральным сервером токен, заданный в --token; когда центральный сервер начнет выдавать токены для печати, рабочее место будет получать его само. Выводит путь к файлу, хеш содержимого и номер повторной печати.</translation>
    </message>
    <message>
        <source>Language of the certificate: kk or ru.</source>
        <translation>Язык свидетельства: kk или ru.</translation>
    </message>
    <message>
        <source>The office&apos;s signed verification token for this certificate (required).</source>
        <translation>Подписанный центральным сервером проверочный токен этого свидетельства (обязательно).</translation>
    </message>
    <message>
        <source>Write the reasoned refusal letter of a decided case to a PDF file (PDF/A-1b) and record the print (as the system). Needs the decision number and at least one refused line. Prints the file, the content hash and the reprint number.</source>
        <translation>Записать письмо с мотивированным отказом по решенному делу в файл PDF (PDF/A-1b) и зарегистрировать печать (от имени системы). Нужны номер решения и хотя бы одна позиция с отказом. Выводит путь к файлу, хеш содержимого и номер повторной печати.</translation>
    </message>
    <message>
        <source>Language of the letter: kk or ru.</source>
        <translation>Язык письма: kk или ru.</translation>
    </message>
</context>
<context>
    <name>dsnctl::ReferenceCommand</name>
    <message>
        <source>Language of the names: kk (default), ru or en.</source>
        <translation>Язык наименований: kk (по умолчанию), ru или en.</translation>
    </message>
    <message>
        <source>Also list historical entries (renamed or abolished).</source>
        <translation>Включать также исторические записи (переименованные или упраздненные).</translation>
    </message>
    <message>
        <source>Administrative-territorial units 001-258 (facet 2).</source>
        <translation>Административно-территориальные единицы 001-258 (фасет 2).</translation>
    </message>
    <message>
        <source>Producing countries 1-6 (facet 1).</source>
        <translation>Страны-производители 1-6 (фасет 1).</translation>
    </message>
    <message>
        <source>State Revenue Departments that applications are addressed to.</source>
        <translation>Департаменты государственных доходов, которым адресуются заявки.</translation>
    </message>
    <message>
        <source>Types of petroleum product 1-4 (facet 4).</source>
        <translation>Виды нефтепродуктов 1-4 (фасет 4).</translation>
    </message>
    <message>
        <source>Reference lists as CSV (code,region,name,historical), sorted by code, and the legal references the printed decisions cite.</source>
        <translation>Справочники в формате CSV (code,region,name,historical), упорядоченные по коду, и правовые ссылки, которые приводят печатаемые решения.</translation>
    </message>
</context>
<context>
    <name>dsnctl::SyncCommand</name>
    <message>
        <source>--office must be an http or https address, for example https://office.example.kz</source>
        <translation>значение --office должно быть адресом http или https, например https://office.example.kz</translation>
    </message>
    <message>
        <source>--office must use https; plain http only to this computer</source>
        <translation>для --office необходимо использовать https; обычный http допускается только для подключения к этому компьютеру</translation>
    </message>
    <message>
        <source>no office is set up: give --office URL and --token TOKEN, or save them with &quot;dsnctl sync configure&quot;</source>
        <translation>центральный сервер не настроен: укажите --office URL и --token TOKEN или сохраните их командой &quot;dsnctl sync configure&quot;</translation>
    </message>
    <message>
        <source>--office URL and --token TOKEN are both required</source>
        <translation>требуются оба параметра: --office URL и --token TOKEN</translation>
    </message>
    <message>
        <source>sync settings saved: %1</source>
        <translation>настройки синхронизации сохранены: %1</translation>
    </message>
    <message>
        <source>Sync once with the office: push every application not yet acknowledged, at once, even one that waits to be retried after a failed sync (in batches; an item counts as sent only when the office answered stored or duplicate), then pull the office&apos;s decisions and status changes. Prints the lines &quot;pushed N&quot;, &quot;acknowledged N&quot;, &quot;pulled N&quot; and &quot;failed N&quot;; conflicts and refused items on standard error. Exit code 0 when nothing failed, 1 otherwise, 2 for usage errors or when no office is set up. Without options the saved settings are used.</source>
        <translation>Выполнить однократную синхронизацию с центральным сервером: сразу отправить все заявки, получение которых центральный сервер еще не подтвердил, в том числе ожидающие повторной отправки после неудачной синхронизации (пакетами; запись считается отправленной, только если центральный сервер ответил stored или duplicate), затем получить из центрального сервера решения и изменения статусов. Выводит строки &quot;pushed N&quot;, &quot;acknowledged N&quot;, &quot;pulled N&quot; и &quot;failed N&quot;; конфликты и отклоненные записи выводятся в стандартный поток ошибок. Код завершения: 0 — если сбоев не было, 1 — в противном случае, 2 — при ошибке вызова или если центральный сервер не настроен. Без параметров используются сохраненные настройки.</translation>
    </message>
    <message>
        <source>The office&apos;s address, instead of the saved one.</source>
        <translation>Адрес центрального сервера (вместо сохраненного).</translation>
    </message>
    <message>
        <source>The workstation&apos;s token, instead of the saved one; &quot;-&quot; reads it from standard input (one line), which keeps it out of the process list.</source>
        <translation>Токен рабочего места (вместо сохраненного); при значении &quot;-&quot; токен считывается со стандартного ввода (одной строкой), благодаря чему он не виден в списке процессов.</translation>
    </message>
    <message>
        <source>Save the office&apos;s address in the store&apos;s settings (sync.office_url) and the workstation&apos;s token in a file of its own outside the store, readable by this user only (see &quot;sync status&quot;), so that copies and backups of the store never carry it. Recorded in the audit trail, without the token.</source>
        <translation>Сохранить адрес центрального сервера в настройках базы данных (sync.office_url), а токен рабочего места — в отдельном файле вне базы данных, доступном для чтения только этому пользователю (см. &quot;sync status&quot;), чтобы копии и резервные копии базы данных никогда его не содержали. Регистрируется в журнале аудита без токена.</translation>
    </message>
    <message>
        <source>The office&apos;s address (https; http only on this computer).</source>
        <translation>Адрес центрального сервера (https; http — только на этом компьютере).</translation>
    </message>
    <message>
        <source>The token the office gave this workstation; &quot;-&quot; reads it from standard input (one line), which keeps it out of the process list.</source>
        <translation>Токен, выданный центральным сервером этому рабочему месту; при значении &quot;-&quot; токен считывается со стандартного ввода (одной строкой), благодаря чему он не виден в списке процессов.</translation>
    </message>
    <message>
        <source>Show the sync settings (never the token, only whether it is set and the file that keeps it), the applications waiting for the office and the oldest of them, conflicts and refused items, the last pulled update, the last successful sync and the last error.</source>
        <translation>Показать настройки синхронизации (сам токен никогда не показывается — только задан ли он и в каком файле хранится), заявки, ожидающие отправки на центральный сервер, и самую раннюю из них, конфликты и отклоненные записи, последнее полученное обновление, последнюю успешную синхронизацию и последнюю ошибку.</translation>
    </message>
    <message>
        <source>Sync of the workstation with the office: push the outbox, pull the decisions.</source>
        <translation>Синхронизация рабочего места с центральным сервером: отправка очереди исходящих, получение решений.</translation>
    </message>
</context>
<context>
    <name>dsnctl::audit</name>
    <message>
        <source>no office is set up: give the office&apos;s URL and --token TOKEN, or save them with &quot;dsnctl sync configure&quot;</source>
        <translation>центральный сервер не настроен: укажите URL центрального сервера и --token TOKEN или сохраните их командой &quot;dsnctl sync configure&quot;</translation>
    </message>
    <message>
        <source>audit trail intact: %1 entries</source>
        <translation>журнал аудита не нарушен: записей — %1</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>журнал аудита нарушен на записи %1: %2</translation>
    </message>
    <message>
        <source>the office&apos;s anchors could not be read: %1</source>
        <translation>не удалось прочитать контрольные точки центрального сервера: %1</translation>
    </message>
    <message>
        <source>office anchor: %1</source>
        <translation>контрольная точка центрального сервера: %1</translation>
    </message>
    <message>
        <source>the office flagged this workstation&apos;s audit trail on %1 and refuses its sync until an office administrator has reviewed it: %2</source>
        <translation>центральный сервер %1 поставил отметку о нарушении журнала аудита этого рабочего места и отклоняет его синхронизацию, пока администратор центрального сервера не проверит журнал: %2</translation>
    </message>
    <message numerus="yes">
        <source>office anchors held: %n anchor(s) of workstation %1 checked</source>
        <translation>
            <numerusform>контрольные точки центрального сервера совпадают: проверена %n контрольная точка рабочего места %1</numerusform>
            <numerusform>контрольные точки центрального сервера совпадают: проверены %n контрольные точки рабочего места %1</numerusform>
            <numerusform>контрольные точки центрального сервера совпадают: проверено %n контрольных точек рабочего места %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an office&apos;s URL and --token go with --office</source>
        <translation>URL центрального сервера и --token указываются только вместе с --office</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>база данных по пути %1 не найдена</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>Walk the audit chain. Exit 0 when it holds; 1 naming the first broken entry (its id and what is wrong). With --office also read the anchors the office keeps of this workstation&apos;s chain (from its pushes) and check each against the local chain: exit 1 naming every anchor that is missing here or does not match, or when the office has flagged the workstation. The office and the token are the saved sync settings unless given.</source>
        <translation>Проверить цепочку аудита от начала до конца. Код завершения 0, если цепочка не нарушена; иначе 1 с указанием первой нарушенной записи (ее идентификатора и характера нарушения). С --office также прочитать контрольные точки цепочки этого рабочего места, сохраненные центральным сервером при его отправках, и сверить каждую с локальной цепочкой: код завершения 1 с указанием каждой контрольной точки, которая здесь отсутствует или не совпадает, а также если центральный сервер поставил рабочему месту отметку о нарушении. Если центральный сервер и токен не указаны, используются сохраненные настройки синхронизации.</translation>
    </message>
    <message>
        <source>Check the chain against the office&apos;s anchors too.</source>
        <translation>Сверить цепочку также с контрольными точками центрального сервера.</translation>
    </message>
    <message>
        <source>The workstation&apos;s token, instead of the saved one; &quot;-&quot; reads it from standard input (one line).</source>
        <translation>Токен рабочего места (вместо сохраненного); при значении &quot;-&quot; токен считывается со стандартного ввода (одной строкой).</translation>
    </message>
</context>
<context>
    <name>dsnctl::calendar</name>
    <message>
        <source>calendar data not loaded: %1</source>
        <translation>данные календаря не загружены: %1</translation>
    </message>
    <message>
        <source>no calendar data for %1: the date of Kurban Ait and the decree transfers of that year are unknown (add resources/calendar/%1.json or give --data)</source>
        <translation>нет данных календаря на %1 год: дата Курбан айта и перенос выходных дней постановлением на этот год неизвестны (добавьте файл resources/calendar/%1.json или укажите --data)</translation>
    </message>
    <message>
        <source>invalid year &apos;%1&apos; (expected four digits, %2-%3)</source>
        <translation>недопустимый год &apos;%1&apos; (ожидаются четыре цифры, %2-%3)</translation>
    </message>
    <message>
        <source>missing --received YYYY-MM-DDTHH:MM</source>
        <translation>не указан параметр --received YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>invalid --received &apos;%1&apos; (expected YYYY-MM-DDTHH:MM[:SS], optionally followed by Z or an offset such as +05:00)</source>
        <translation>недопустимое значение --received &apos;%1&apos; (ожидается YYYY-MM-DDTHH:MM[:SS], после чего может следовать Z или смещение, например +05:00)</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>недопустимая дата &apos;%1&apos; (ожидается YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>invalid number of working days &apos;%1&apos; (expected a whole number from %2 to %3)</source>
        <translation>недопустимое число рабочих дней &apos;%1&apos; (ожидается целое число от %2 до %3)</translation>
    </message>
</context>
<context>
    <name>dsnctl::db</name>
    <message>
        <source>no store at %1</source>
        <translation>база данных по пути %1 не найдена</translation>
    </message>
    <message>
        <source>%1: program %2 (process %3) still writes to %4, which was deleted: what it saved since is not in the store. Keep that program open and call support; the file can still be copied from %5.</source>
        <translation>%1: программа %2 (процесс %3) продолжает записывать в удаленный файл %4: сохраненное ею с тех пор в базу данных не попало. Не закрывайте эту программу и обратитесь в службу технической поддержки; файл пока еще можно скопировать из %5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>в порядке: %1</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>целостность: в порядке</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>версия схемы: %1</translation>
    </message>
    <message>
        <source>audit trail: intact, %1 entries</source>
        <translation>журнал аудита: не нарушен, записей — %1</translation>
    </message>
    <message>
        <source>cases: case numbers, counters and intakes agree</source>
        <translation>дела: номера дел, счетчики и записи о приеме согласованы</translation>
    </message>
    <message>
        <source>a file already exists at %1; it was left unchanged</source>
        <translation>по пути %1 уже существует файл; он оставлен без изменений</translation>
    </message>
    <message>
        <source>new store: %1</source>
        <translation>новая база данных: %1</translation>
    </message>
    <message>
        <source>next: create the first administrator (dsnctl user add NAME --role admin --office CODE, password on standard input) or start the workstation</source>
        <translation>далее: создайте первого администратора (dsnctl user add NAME --role admin --office CODE, пароль передается со стандартного ввода) или запустите рабочее место</translation>
    </message>
    <message>
        <source>backup not written: %1</source>
        <translation>резервная копия не записана: %1</translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation>резервная копия записана: %1</translation>
    </message>
    <message>
        <source>verified: integrity ok, schema version %1, audit trail intact with %2 entries</source>
        <translation>проверено: целостность в порядке, версия схемы %1, журнал аудита не нарушен, записей — %2</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>база данных %1 восстановлена из %2</translation>
    </message>
    <message>
        <source>schema version %1, audit trail intact with %2 entries</source>
        <translation>версия схемы %1, журнал аудита не нарушен, записей — %2</translation>
    </message>
    <message>
        <source>the previous store is kept at %1</source>
        <translation>прежняя база данных сохранена по пути %1</translation>
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
        <translation>--token -: на стандартном вводе нет токена (передайте его одной строкой)</translation>
    </message>
    <message>
        <source>--token must not be empty</source>
        <translation>значение --token не должно быть пустым</translation>
    </message>
</context>
<context>
    <name>dsnctl::store</name>
    <message>
        <source>--db names an office database; this command works on a workstation store (a file path or sqlite:PATH)</source>
        <translation>в --db указана база данных центрального сервера; эта команда работает с базой данных рабочего места (путь к файлу или sqlite:PATH)</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>база данных по пути %1 не найдена</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>не удалось открыть базу данных %1: %2</translation>
    </message>
</context>
<context>
    <name>dsnctl::user</name>
    <message>
        <source>missing --role</source>
        <translation>не указан параметр --role</translation>
    </message>
    <message>
        <source>missing --office</source>
        <translation>не указан параметр --office</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>no password on standard input (give it as one line)</source>
        <translation>на стандартном вводе нет пароля (передайте его одной строкой)</translation>
    </message>
    <message>
        <source>created user %1 (id %2, role %3, office %4)</source>
        <translation>создан пользователь %1 (идентификатор %2, роль %3, подразделение %4)</translation>
    </message>
</context>
</TS>
