<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlternativesPanel</name>
    <message>
        <source>Select a Russian or Ukrainian cell to see its machine translation and alternatives.</source>
        <translation>Выберите русскую или украинскую ячейку, чтобы увидеть её машинный перевод и варианты.</translation>
    </message>
    <message>
        <source>No machine translation yet for this %1 cell. Use Tools &gt; Translate document.</source>
        <translation>Для этой ячейки (%1) машинного перевода ещё нет. Выберите «Инструменты &gt; Перевести документ».</translation>
    </message>
    <message numerus="yes">
        <source>%1: machine translation and %n alternative(s)</source>
        <translation>
            <numerusform>%1: машинный перевод и %n вариант</numerusform>
            <numerusform>%1: машинный перевод и %n варианта</numerusform>
            <numerusform>%1: машинный перевод и %n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1 (pivot)</source>
        <translation>через язык-посредник: %1</translation>
    </message>
    <message>
        <source>No direct model for this pair was installed: the text was translated through another language.</source>
        <translation>Прямой модели для этой пары нет: текст переведён через другой язык.</translation>
    </message>
    <message>
        <source>Machine translation (%1): %2</source>
        <translation>Машинный перевод (%1): %2</translation>
    </message>
    <message>
        <source>%3. (%1): %2</source>
        <translation>%3. (%1): %2</translation>
    </message>
    <message>
        <source>Put this text into the cell (%1)</source>
        <translation>Вставить этот текст в ячейку (%1)</translation>
    </message>
    <message>
        <source>Computing the alternatives of this cell…</source>
        <translation>Подбираются варианты для этой ячейки…</translation>
    </message>
    <message>
        <source>The cell already has this text.</source>
        <translation>В ячейке уже этот текст.</translation>
    </message>
    <message>
        <source>Inserted alternative %1.</source>
        <translation>Вставлен вариант %1.</translation>
    </message>
    <message>
        <source>Machine translation put back.</source>
        <translation>Машинный перевод возвращён.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Варианты</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Review Desk hit an unexpected error. Your decisions so far are saved. Details are in the log file:
%1</source>
        <translation>В Review Desk произошла непредвиденная ошибка. Все ваши решения сохранены. Подробности в журнале:
%1</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>Не удалось создать пример проекта</translation>
    </message>
</context>
<context>
    <name>ApproveSpellingDialog</name>
    <message>
        <source>Approve spelling</source>
        <translation>Утвердить написание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>KMU 2010</source>
        <translation>KMU 2010</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Also record “%1” as deprecated (suggesting “%2”)</source>
        <translation>Также записать «%1» как нерекомендуемое (с заменой на «%2»)</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in glossary concept #%3 (%4) as %5.</source>
        <translation>«%1» (%2) уже есть в понятии глоссария №%3 (%4) со статусом %5.</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <source>A word or phrase in English, Russian or Ukrainian (any form: Київ finds Києві)</source>
        <translation>Слово или фраза на английском, русском или украинском (в любой форме: «Київ» найдёт «Києві»)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) found</source>
        <translation>
            <numerusform>Найдена %n единица</numerusform>
            <numerusform>Найдены %n единицы</numerusform>
            <numerusform>Найдено %n единиц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search English, Russian and Ukrainian text…</source>
        <translation>Поиск по английскому, русскому и украинскому тексту…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message numerus="yes">
        <source>%n matching segment(s)</source>
        <translation>
            <numerusform>%n подходящий сегмент</numerusform>
            <numerusform>%n подходящих сегмента</numerusform>
            <numerusform>%n подходящих сегментов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingFilters</name>
    <message>
        <source>Any finding</source>
        <translation>Любое замечание</translation>
    </message>
    <message>
        <source>Any name</source>
        <translation>Любое имя</translation>
    </message>
</context>
<context>
    <name>FindingNavigator</name>
    <message>
        <source>Next finding</source>
        <translation>Следующая находка</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>Предыдущая находка</translation>
    </message>
    <message>
        <source>No findings in this document.</source>
        <translation>В документе нет находок.</translation>
    </message>
    <message>
        <source>Continued from the other end.</source>
        <translation>Продолжено с другого конца.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>preferred</source>
        <translation>предпочтительный</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>допустимый</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>нерекомендуемый</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>запрещённый</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>GlossaryFileActions</name>
    <message>
        <source>Export glossary…</source>
        <extracomment>The project glossary changed (an import or a merge into it was applied).</extracomment>
        <translation>Экспорт глоссария…</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>Импорт глоссария…</translation>
    </message>
    <message>
        <source>Merge from my user glossary…</source>
        <translation>Объединить с моим личным глоссарием (в проект)…</translation>
    </message>
    <message>
        <source>Merge into my user glossary…</source>
        <translation>Перенести в мой личный глоссарий…</translation>
    </message>
    <message>
        <source>TBX, TBX-Basic (*.tbx)</source>
        <translation>TBX, TBX-Basic (*.tbx)</translation>
    </message>
    <message>
        <source>TBX v2 (MARTIF), for OmegaT and translate-toolkit (*.tbx)</source>
        <translation>TBX v2 (MARTIF), для OmegaT и translate-toolkit (*.tbx)</translation>
    </message>
    <message>
        <source>CSV for Excel, with byte-order mark (*.csv)</source>
        <translation>CSV для Excel, с меткой порядка байтов (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 for scripts (*.csv)</source>
        <translation>CSV, простой UTF-8 для скриптов (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>TMX 1.4b, approved translations (*.tmx)</source>
        <translation>TMX 1.4b, утверждённые переводы (*.tmx)</translation>
    </message>
    <message>
        <source>XLIFF 2.0, Russian (*.xlf)</source>
        <translation>XLIFF 2.0, русский (*.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 2.0, Ukrainian (*.xlf)</source>
        <translation>XLIFF 2.0, украинский (*.xlf)</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Экспорт глоссария</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1</source>
        <translation>
            <numerusform>Записан %n элемент в %1</numerusform>
            <numerusform>Записано %n элемента в %1</numerusform>
            <numerusform>Записано %n элементов в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the CSV (export TBX or JSON to keep them): %1.</source>
        <translation>Не вошло в CSV (чтобы сохранить, экспортируйте в TBX или JSON): %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Импорт глоссария</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.xml *.csv *.json);;All files (*)</source>
        <translation>Глоссарии (*.tbx *.xml *.csv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merge from my user glossary</source>
        <translation>Объединение с личным глоссарием</translation>
    </message>
    <message>
        <source>Merge into my user glossary</source>
        <translation>Перенос в личный глоссарий</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Glossary merged: %1 new, %2 updated.</source>
        <translation>Глоссарий объединён: новых — %1, обновлено — %2.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Writing the glossary…</source>
        <translation>Запись глоссария…</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>Поиск терминов…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Add concept…</source>
        <translation>Добавить понятие…</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>Удалить понятие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation>Добавить понятие</translation>
    </message>
    <message>
        <source>English term (preferred):</source>
        <translation>Английский термин (предпочтительный):</translation>
    </message>
    <message>
        <source>Delete “%1” and all its terms from the glossary?</source>
        <translation>Удалить «%1» со всеми терминами из глоссария?</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <source>Kind</source>
        <extracomment>A change could not be written; the argument is a message for the editor. The glossary changed (an edit, an addition, a deletion).</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>A concept needs at least one term; delete the concept instead.</source>
        <translation>У понятия должен быть хотя бы один термин; удалите понятие целиком.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
</context>
<context>
    <name>MTSettingsDialog</name>
    <message>
        <source>Machine translation</source>
        <translation>Машинный перевод</translation>
    </message>
    <message>
        <source>Argos (offline, on this computer)</source>
        <translation>Argos (без интернета, на этом компьютере)</translation>
    </message>
    <message>
        <source>LibreTranslate server</source>
        <translation>Сервер LibreTranslate</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Движок:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Alternatives per segment:</source>
        <translation>&amp;Вариантов на сегмент:</translation>
    </message>
    <message>
        <source>In the &amp;window:</source>
        <translation>В &amp;окне:</translation>
    </message>
    <message>
        <source>Draft only (fastest, no alternatives)</source>
        <translation>Только черновик (быстрее всего, без вариантов)</translation>
    </message>
    <message>
        <source>Draft, then refine with beam search</source>
        <translation>Черновик, затем уточнение лучевым поиском</translation>
    </message>
    <message>
        <source>Beam search only</source>
        <translation>Только лучевой поиск</translation>
    </message>
    <message>
        <source>Use a CUDA &amp;GPU when there is one</source>
        <translation>Использовать &amp;GPU CUDA, если он есть</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>The key is stored in the system keyring, never in the settings file.</source>
        <translation>Ключ хранится в системном хранилище паролей, а не в файле настроек.</translation>
    </message>
    <message>
        <source>No system keyring is available: the key is kept for this session only.</source>
        <translation>Системного хранилища паролей нет: ключ сохранится только до конца этого сеанса.</translation>
    </message>
    <message>
        <source>Enter the server's address, for example http://127.0.0.1:5000.</source>
        <translation>Введите адрес сервера, например http://127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server answers and offers %n language(s): %1</source>
        <translation>
            <numerusform>Сервер отвечает и предлагает %n язык: %1</numerusform>
            <numerusform>Сервер отвечает и предлагает %n языка: %1</numerusform>
            <numerusform>Сервер отвечает и предлагает %n языков: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <source>&amp;Machine translation…</source>
        <translation>&amp;Машинный перевод…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>нет проекта</translation>
    </message>
    <message>
        <source>%1 — Review Desk</source>
        <translation>%1 — Review Desk</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) added from %1</source>
        <translation>
            <numerusform>%n сегмент добавлен из %1</numerusform>
            <numerusform>%n сегмента добавлено из %1</numerusform>
            <numerusform>%n сегментов добавлено из %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <source>The translation memory could not be read: %1</source>
        <translation>Не удалось прочитать память переводов: %1</translation>
    </message>
    <message>
        <source>this project's memory</source>
        <translation>память этого проекта</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>общая память</translation>
    </message>
    <message>
        <source>Name replaced through the glossary: %1 → %2 (%3 → %4)</source>
        <translation>Имя заменено по глоссарию: %1 → %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>Name left as it is: %1 → %2 needs both names in the glossary with Russian and Ukrainian terms</source>
        <translation>Имя оставлено как есть: для замены %1 → %2 оба имени должны быть в глоссарии с русскими и украинскими терминами</translation>
    </message>
    <message>
        <source>Name left as it is: %3 is not in this translation</source>
        <translation>Имя оставлено как есть: в этом переводе нет «%3»</translation>
    </message>
    <message>
        <source>Name left as it is: %4 cannot be put safely in the case of %3 here</source>
        <translation>Имя оставлено как есть: «%4» нельзя надёжно поставить в падеж, в котором здесь стоит «%3»</translation>
    </message>
    <message>
        <source>Select a Russian or Ukrainian cell to see matches from the translation memory.</source>
        <translation>Выберите русскую или украинскую ячейку, чтобы увидеть совпадения из памяти переводов.</translation>
    </message>
    <message>
        <source>Searching the translation memory…</source>
        <translation>Поиск в памяти переводов…</translation>
    </message>
    <message>
        <source>No matches in the translation memory for this %1 cell.</source>
        <translation>В памяти переводов нет совпадений для этой ячейки (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es) from the translation memory</source>
        <translation>
            <numerusform>%1: %n совпадение из памяти переводов</numerusform>
            <numerusform>%1: %n совпадения из памяти переводов</numerusform>
            <numerusform>%1: %n совпадений из памяти переводов</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert memory match %1</source>
        <translation>Вставить совпадение %1 из памяти</translation>
    </message>
    <message>
        <source>Remove from memory…</source>
        <translation>Удалить из памяти…</translation>
    </message>
    <message>
        <source>Delete this translation from the project's and the shared memory (recorded in the history)</source>
        <translation>Удалить этот перевод из памяти проекта и общей памяти (запись в истории)</translation>
    </message>
    <message>
        <source>Insert (%1)</source>
        <translation>Вставить (%1)</translation>
    </message>
    <message>
        <source>Put this translation into the cell (%1)</source>
        <translation>Вставить этот перевод в ячейку (%1)</translation>
    </message>
    <message>
        <source>The cell already has this text.</source>
        <translation>В ячейке уже этот текст.</translation>
    </message>
    <message>
        <source>Inserted memory match %1 (%2%).</source>
        <translation>Вставлено совпадение %1 из памяти (%2%).</translation>
    </message>
    <message>
        <source>Remove from memory</source>
        <translation>Удаление из памяти</translation>
    </message>
    <message>
        <source>Delete this translation from the project's and the shared memory?</source>
        <translation>Удалить этот перевод из памяти проекта и общей памяти?</translation>
    </message>
    <message>
        <source>Removed from the translation memory.</source>
        <translation>Удалено из памяти переводов.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
</context>
<context>
    <name>MemoryTools</name>
    <message>
        <source>Import translation memory</source>
        <extracomment>An import ended: the report (app.memory.tmx_import.ImportReport). An export ended: the number of units written. A pre-translation from memory ended: the number of cells filled.</extracomment>
        <translation>Импорт памяти переводов</translation>
    </message>
    <message>
        <source>Translation memories (*.tmx);;All files (*)</source>
        <translation>Памяти переводов (*.tmx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import %1 into this project's memory, or into your memory shared by all projects?</source>
        <translation>Импортировать %1 в память этого проекта или в вашу общую память для всех проектов?</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Этот проект</translation>
    </message>
    <message>
        <source>All my projects</source>
        <translation>Все мои проекты</translation>
    </message>
    <message>
        <source>Export translation memory</source>
        <translation>Экспорт памяти переводов</translation>
    </message>
    <message>
        <source>Export this project's memory, or your memory shared by all projects?</source>
        <translation>Экспортировать память этого проекта или вашу общую память для всех проектов?</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1</source>
        <translation>
            <numerusform>%n единица записана в %1</numerusform>
            <numerusform>%n единицы записаны в %1</numerusform>
            <numerusform>%n единиц записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) added</source>
        <translation>
            <numerusform>Добавлена %n единица</numerusform>
            <numerusform>Добавлены %n единицы</numerusform>
            <numerusform>Добавлено %n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) updated</source>
        <translation>
            <numerusform>Обновлена %n единица</numerusform>
            <numerusform>Обновлены %n единицы</numerusform>
            <numerusform>Обновлено %n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) skipped</source>
        <translation>
            <numerusform>Пропущена %n единица</numerusform>
            <numerusform>Пропущены %n единицы</numerusform>
            <numerusform>Пропущено %n единиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without Russian or Ukrainian (%1)</source>
        <translation>
            <numerusform>%n единица без русского или украинского (%1)</numerusform>
            <numerusform>%n единицы без русского или украинского (%1)</numerusform>
            <numerusform>%n единиц без русского или украинского (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without English</source>
        <translation>
            <numerusform>%n единица без английского</numerusform>
            <numerusform>%n единицы без английского</numerusform>
            <numerusform>%n единиц без английского</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>Pre-translated from memory</source>
        <translation>Предперевод из памяти выполнен</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled from the translation memory</source>
        <translation>
            <numerusform>Заполнена %n ячейка из памяти переводов</numerusform>
            <numerusform>Заполнены %n ячейки из памяти переводов</numerusform>
            <numerusform>Заполнено %n ячеек из памяти переводов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pre-translated</source>
        <translation>Предперевод не выполнен</translation>
    </message>
    <message>
        <source>Pre-translating from the translation memory…</source>
        <translation>Предперевод из памяти переводов…</translation>
    </message>
<message><source>Export translation memory (TMX)…</source><translation>Экспорт памяти переводов (TMX)…</translation></message><message><source>Pre-translate from memory</source><translation>Предперевод из памяти</translation></message><message><source>Concordance…</source><translation>Конкорданс…</translation></message><message><source>Import translation memory (TMX)…</source><translation>Импорт памяти переводов (TMX)…</translation></message></context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n new concept(s)</source>
        <extracomment>The editor asked to plan again with extra preferred terms demoted to admitted.</extracomment>
        <translation>
            <numerusform>%n новое понятие</numerusform>
            <numerusform>%n новых понятия</numerusform>
            <numerusform>%n новых понятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting (not imported)</source>
        <translation>
            <numerusform>%n в конфликте (не импортируется)</numerusform>
            <numerusform>%n в конфликте (не импортируются)</numerusform>
            <numerusform>%n в конфликте (не импортируются)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Из %1: %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Import with extra preferred terms admitted…</source>
        <translation>Импортировать, сделав лишние предпочтительные термины допустимыми…</translation>
    </message>
    <message>
        <source>Conflicting concepts are not imported; fix them in the file or the glossary and import again.</source>
        <translation>Конфликтующие понятия не импортируются; исправьте их в файле или в глоссарии и импортируйте снова.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Skipped languages other than en/ru/uk: %1</source>
        <translation>Пропущены языки, кроме en/ru/uk: %1</translation>
    </message>
    <message>
        <source>Kept beside the terms: %1</source>
        <translation>Сохранено помимо терминов: %1</translation>
    </message>
    <message>
        <source>Not kept (the glossary has no place for them): %1</source>
        <translation>Не сохранено (в глоссарии для этого нет места): %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>новое: %1</translation>
    </message>
    <message>
        <source>updated: %1: %2</source>
        <translation>обновлено: %1: %2</translation>
    </message>
    <message>
        <source>conflicting: %1: %2</source>
        <translation>конфликт: %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Translation models</source>
        <translation>Модели перевода</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>&amp;Install from file…</source>
        <translation>&amp;Установить из файла…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Download from the Argos index:</source>
        <translation>Скачать из каталога Argos:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Скачать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>Установка модели перевода</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Модели Argos (*.argosmodel);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Установка %1…</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Удаление модели</translation>
    </message>
    <message>
        <source>Remove the %1 model (version %2)? Translating into that language needs a model again afterwards.</source>
        <translation>Удалить модель %1 (версия %2)? Для перевода на этот язык потом снова понадобится модель.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Модель %1 удалена.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Скачивание %1…</translation>
    </message>
    <message>
        <source>Installed %1 (version %2).</source>
        <translation>Установлена модель %1 (версия %2).</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was installed.</source>
        <translation>Скачивание отменено; ничего не установлено.</translation>
    </message>
    <message>
        <source>Cannot reach the model index (are you offline?): install a downloaded .argosmodel file with “Install from file…” instead.</source>
        <translation>Каталог моделей недоступен (нет интернета?): установите скачанный файл .argosmodel кнопкой «Установить из файла…».</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <source>Translation &amp;models…</source>
        <translation>&amp;Модели перевода…</translation>
    </message>
</context>
<context>
    <name>ModelSetupStrip</name>
    <message>
        <source>No translation model is installed yet. Review Desk needs %1 to fill the grid; download them from the Argos index, or install .argosmodel files you have.</source>
        <translation>Модели перевода ещё не установлены. Чтобы заполнить таблицу, Review Desk нужны %1: скачайте их из каталога Argos или установите имеющиеся файлы .argosmodel.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Ещё не хватает: %1.</translation>
    </message>
    <message>
        <source>&amp;Install %1</source>
        <translation>&amp;Установить %1</translation>
    </message>
    <message>
        <source>From &amp;files…</source>
        <translation>Из &amp;файлов…</translation>
    </message>
    <message>
        <source>Looking up %1 in the model index…</source>
        <translation>Поиск %1 в каталоге моделей…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка: %1…</translation>
    </message>
    <message>
        <source>%1 — file %2 of %3</source>
        <translation>%1 — файл %2 из %3</translation>
    </message>
    <message>
        <source>Installed %1.</source>
        <translation>Установлено: %1.</translation>
    </message>
    <message>
        <source>Install translation models</source>
        <translation>Установка моделей перевода</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Модели Argos (*.argosmodel);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n model(s)…</source>
        <translation>
            <numerusform>Установка %n модели…</numerusform>
            <numerusform>Установка %n моделей…</numerusform>
            <numerusform>Установка %n моделей…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameCheckController</name>
    <message>
        <source>Checking names…</source>
        <extracomment>The first check waits this long after a project opens, so the window paints first (the worker's start-up competes for the interpreter lock). A name was chosen in a panel: {"en"/"ru"/"uk": spelling} (the romanization panel shows it). Someone changed the glossary (approval, glossary panel, import): panels reload, names are checked again.</extracomment>
        <translation>Проверка имён…</translation>
    </message>
    <message>
        <source>The names check failed: %1</source>
        <translation>Проверка имён не удалась: %1</translation>
    </message>
</context>
<context>
    <name>NameConcepts</name>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>глоссарий</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
</context>
<context>
    <name>NameConceptsModel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n упоминание</numerusform>
            <numerusform>%n упоминания</numerusform>
            <numerusform>%n упоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n отметка</numerusform>
            <numerusform>%n отметки</numerusform>
            <numerusform>%n отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Dictionary form: %1</source>
        <translation>Словарная форма: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
</context>
<context>
    <name>NameFlags</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>Russian-derived spelling</source>
        <translation>Написание по русскому названию</translation>
    </message>
    <message>
        <source>Another romanization</source>
        <translation>Другая латинизация</translation>
    </message>
    <message>
        <source>Inflected or short form</source>
        <translation>Падежная или краткая форма</translation>
    </message>
    <message>
        <source>Spelled two ways</source>
        <translation>Написано по-разному</translation>
    </message>
    <message>
        <source>Name missing in translation</source>
        <translation>Имя пропущено в переводе</translation>
    </message>
    <message>
        <source>Name changed in translation</source>
        <translation>Имя искажено в переводе</translation>
    </message>
    <message>
        <source>Other language's form</source>
        <translation>Форма другого языка</translation>
    </message>
    <message>
        <source>Deprecated in the glossary</source>
        <translation>Не рекомендуется глоссарием</translation>
    </message>
    <message>
        <source>Forbidden by the glossary</source>
        <translation>Запрещено глоссарием</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>NameReasons</name>
    <message>
        <source>%1 romanizes the Russian name %2; %3 in the official Ukrainian system (KMU 2010) is %4.</source>
        <translation>%1 — латинизация русского названия %2; %3 в официальной украинской системе (КМУ 2010) — %4.</translation>
    </message>
    <message>
        <source>%1 is the Russian-derived English name of %2 (%3 in Ukrainian); the official Ukrainian romanization (KMU 2010) is %2.</source>
        <translation>%1 — английское название %2, образованное от русского (%3 по-украински); официальная украинская латинизация (КМУ 2010) — %2.</translation>
    </message>
    <message>
        <source>%1 is the Russian-derived English name of %2 (%3 in Ukrainian, %4 in Russian); the official Ukrainian romanization (KMU 2010) is %2.</source>
        <translation>%1 — английское название %2, образованное от русского (%3 по-украински, %4 по-русски); официальная украинская латинизация (КМУ 2010) — %2.</translation>
    </message>
    <message>
        <source>%1 is another romanization of the Ukrainian name %2; the official Ukrainian system (KMU 2010) gives %3.</source>
        <translation>%1 — другая латинизация украинского названия %2; официальная украинская система (КМУ 2010) даёт %3.</translation>
    </message>
    <message>
        <source>%1 is a former name of several places in Ukraine, now %2; the text does not say which one, so check the place before replacing the name.</source>
        <translation>%1 — прежнее название нескольких населённых пунктов Украины, теперь %2; текст не уточняет, какого именно, поэтому проверьте место, прежде чем заменять название.</translation>
    </message>
    <message>
        <source>%1 is a former name (until %2) of %3; the place is now officially %4, %3 in the official Ukrainian system (KMU 2010).</source>
        <translation>%1 — прежнее название (до %2) населённого пункта %3; теперь он официально называется %4, в официальной украинской системе (КМУ 2010) — %3.</translation>
    </message>
    <message>
        <source>%1 is a former name (no longer official) of %2; the place is now officially %3, %2 in the official Ukrainian system (KMU 2010).</source>
        <translation>%1 — прежнее (уже не официальное) название населённого пункта %2; теперь он официально называется %3, в официальной украинской системе (КМУ 2010) — %2.</translation>
    </message>
    <message>
        <source>%1 marks letters the official Ukrainian system (KMU 2010) does not mark (soft sign, diacritics); %2 is %3.</source>
        <translation>%1 передаёт знаки, которых официальная украинская система (КМУ 2010) не передаёт (мягкий знак, диакритику); %2 — это %3.</translation>
    </message>
    <message>
        <source>%1 is part of the name %2; organisations and works keep their registered or published names.</source>
        <translation>%1 — часть названия «%2»; организации и произведения сохраняют зарегистрированные или опубликованные названия.</translation>
    </message>
    <message>
        <source>%1 is inside a quotation, which keeps the speaker's spelling.</source>
        <translation>%1 стоит внутри цитаты, в которой сохраняется написание говорящего.</translation>
    </message>
    <message>
        <source>%1 is cited as the former name in a text about the renaming.</source>
        <translation>%1 упомянуто как прежнее название в тексте о переименовании.</translation>
    </message>
    <message>
        <source>The place itself is %1 in the official Ukrainian system (KMU 2010).</source>
        <translation>Само место в официальной украинской системе (КМУ 2010) — %1.</translation>
    </message>
    <message>
        <source>%1 and %2 name the same place in this text; use one spelling (%2 is the canonical or most used one).</source>
        <translation>%1 и %2 в этом тексте обозначают одно место; используйте одно написание (%2 — каноническое или самое частое).</translation>
    </message>
    <message>
        <source>This text also writes %1.</source>
        <translation>В этом тексте также написано %1.</translation>
    </message>
    <message>
        <source>This text spells the same person two ways: %1 here, %2 once elsewhere. Use one spelling (the person's own, if known).</source>
        <translation>В этом тексте один и тот же человек написан двумя способами: здесь %1, в другом месте один раз %2. Используйте одно написание (собственное написание человека, если оно известно).</translation>
    </message>
    <message>
        <source>This text spells the same person two ways: %1 here, %2 %3 times elsewhere. Use one spelling (the person's own, if known).</source>
        <translation>В этом тексте один и тот же человек написан двумя способами: здесь %1, в других местах %2 (%3 раз). Используйте одно написание (собственное написание человека, если оно известно).</translation>
    </message>
    <message>
        <source>%1 and %2 both romanize the Ukrainian name %3: %1 follows %4, %2 is the official Ukrainian system (KMU 2010). Keep the spelling this person uses; the editor decides.</source>
        <translation>%1 и %2 — обе латинизации украинского имени %3: %1 следует системе %4, %2 — официальной украинской системе (КМУ 2010). Сохраните написание, которым пользуется сам человек; решает редактор.</translation>
    </message>
    <message>
        <source>%1 and %2 both romanize the Ukrainian name %3: %1 is a common English spelling, %2 is the official Ukrainian system (KMU 2010). Keep the spelling this person uses; the editor decides.</source>
        <translation>%1 и %2 — обе латинизации украинского имени %3: %1 — распространённое английское написание, %2 — официальная украинская система (КМУ 2010). Сохраните написание, которым пользуется сам человек; решает редактор.</translation>
    </message>
    <message>
        <source>%1 is the Russian vocative (the form used to address someone) of %2 (%3 -&gt; %4); English uses the nominative %2.</source>
        <translation>%1 — русская звательная форма (форма обращения) имени %2 (%3 -&gt; %4); в английском используется именительный падеж %2.</translation>
    </message>
    <message>
        <source>%1 is the Ukrainian vocative (the form used to address someone) of %2 (%3 -&gt; %4); English uses the nominative %2.</source>
        <translation>%1 — украинская звательная форма (форма обращения) имени %2 (%3 -&gt; %4); в английском используется именительный падеж %2.</translation>
    </message>
    <message>
        <source>%1 looks like a Russian case form of the surname %2, which this text also uses for the same person; English uses the nominative %2. If %1 is a woman's surname, keep it.</source>
        <translation>%1 похоже на русскую падежную форму фамилии %2, которую этот текст тоже использует для того же человека; в английском используется именительный падеж %2. Если %1 — женская фамилия, оставьте её.</translation>
    </message>
    <message>
        <source>%1 looks like a Russian case form of %2, which this text also writes; English uses the nominative %2.</source>
        <translation>%1 похоже на русскую падежную форму названия %2, которое этот текст тоже использует; в английском используется именительный падеж %2.</translation>
    </message>
    <message>
        <source>The glossary forbids %1. %3</source>
        <translation>Глоссарий запрещает %1. %3</translation>
    </message>
    <message>
        <source>The glossary forbids %1; use %2. %3</source>
        <translation>Глоссарий запрещает %1; используйте %2. %3</translation>
    </message>
    <message>
        <source>The glossary marks as deprecated %1. %3</source>
        <translation>Глоссарий помечает %1 как устаревшее. %3</translation>
    </message>
    <message>
        <source>The glossary marks as deprecated %1; use %2. %3</source>
        <translation>Глоссарий помечает %1 как устаревшее; используйте %2. %3</translation>
    </message>
    <message>
        <source>%1 is the Ukrainian form (%2); the Russian name of this place is %3.</source>
        <translation>%1 — украинская форма (%2); русское название этого места — %3.</translation>
    </message>
    <message>
        <source>%1 is the Russian form (%2); the Ukrainian name of this place is %3.</source>
        <translation>%1 — русская форма (%2); украинское название этого места — %3.</translation>
    </message>
    <message>
        <source>%1 is spelled with Ukrainian letters that Russian does not use.</source>
        <translation>%1 написано украинскими буквами, которых нет в русском.</translation>
    </message>
    <message>
        <source>%1 is spelled with Russian letters that Ukrainian does not use.</source>
        <translation>%1 написано русскими буквами, которых нет в украинском.</translation>
    </message>
    <message>
        <source>%1 looks like a misspelling of %2.</source>
        <translation>%1 похоже на искажённое %2.</translation>
    </message>
    <message>
        <source>%1 looks like a misspelling of %2 (%3 in Russian).</source>
        <translation>%1 похоже на искажённое %2 (%3 по-русски).</translation>
    </message>
    <message>
        <source>%1 looks like a misspelling of %2 (%3 in Ukrainian).</source>
        <translation>%1 похоже на искажённое %2 (%3 по-украински).</translation>
    </message>
    <message>
        <source>The Russian translation does not mention %1.</source>
        <translation>В русском переводе не упомянуто %1.</translation>
    </message>
    <message>
        <source>The Ukrainian translation does not mention %1.</source>
        <translation>В украинском переводе не упомянуто %1.</translation>
    </message>
    <message>
        <source>The Russian translation does not mention %1 (%2).</source>
        <translation>В русском переводе не упомянуто %1 (%2).</translation>
    </message>
    <message>
        <source>The Ukrainian translation does not mention %1 (%2).</source>
        <translation>В украинском переводе не упомянуто %1 (%2).</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <source>Replace with suggestion</source>
        <translation>Заменить на предложенное</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Пропустить здесь</translation>
    </message>
    <message>
        <source>Approve spelling…</source>
        <translation>Утвердить написание…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the selected cell</source>
        <translation>
            <numerusform>%n отметка в выбранной ячейке</numerusform>
            <numerusform>%n отметки в выбранной ячейке</numerusform>
            <numerusform>%n отметок в выбранной ячейке</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Ячейка не выбрана</translation>
    </message>
    <message>
        <source>The English source is read-only: ignore the flag or approve a spelling.</source>
        <translation>Английский оригинал не редактируется: пропустите отметку или утвердите написание.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the cell; wait for the names check to finish.</source>
        <translation>«%1» уже нет в ячейке; дождитесь окончания проверки имён.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Не утверждено</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Утверждено: %1</translation>
    </message>
    <message>
        <source>Glossary conflicts</source>
        <translation>Конфликты в глоссарии</translation>
    </message>
    <message>
        <source>The glossary now has conflicts to resolve in the Glossary panel:</source>
        <translation>В глоссарии появились конфликты; разрешите их на панели «Глоссарий»:</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>Reviewer name</source>
        <extracomment>(setting value, name shown in its own language; '' follows the system).</extracomment>
        <translation>Имя рецензента</translation>
    </message>
    <message>
        <source>Your name, recorded with every decision you make:</source>
        <translation>Ваше имя, которое записывается с каждым вашим решением:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name…</source>
        <translation>&amp;Имя рецензента…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;About Review Desk</source>
        <translation>&amp;О программе Review Desk</translation>
    </message>
    <message>
        <source>About Review Desk</source>
        <translation>О программе Review Desk</translation>
    </message>
    <message>
        <source>Review Desk %1

Review English to Russian and Ukrainian news translations: every decision is saved at once, with who made it and when.</source>
        <translation>Review Desk %1

Проверка переводов новостей с английского на русский и украинский: каждое решение сохраняется сразу, с указанием, кто и когда его принял.</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>&amp;New project from document…</source>
        <extracomment>A project was opened: (repository, path). The window shows it. A document was imported into an open project: (project path, Document). The window reloads its grid. Something to tell after an import (a changed original added as a new document). Projects that failed to open this session, with why (marked in the recent list).</extracomment>
        <translation>&amp;Новый проект из документа…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>&amp;Add document to project…</source>
        <translation>&amp;Добавить документ в проект…</translation>
    </message>
    <message>
        <source>Recent &amp;projects</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Review Desk projects (*.rdproj);;All files (*)</source>
        <translation>Проекты Review Desk (*.rdproj);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New project from document</source>
        <translation>Новый проект из документа</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>Сохранить новый проект как</translation>
    </message>
    <message>
        <source>Review Desk projects (*.rdproj)</source>
        <translation>Проекты Review Desk (*.rdproj)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Add document to project</source>
        <translation>Добавить документ в проект</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Не удалось импортировать %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (не открывается)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>QaCheckController</name>
    <message>
        <source>The QA check failed: %1</source>
        <extracomment>The spelling dictionaries are loaded (the editor may underline now).</extracomment>
        <translation>Проверка качества не удалась: %1</translation>
    </message>
    <message>
        <source>Check &amp;English spelling</source>
        <translation>Проверять &amp;орфографию английского текста</translation>
    </message>
</context>
<context>
    <name>QaFindingsModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>QaKinds</name>
    <message>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <source>Units and percentages</source>
        <translation>Единицы и проценты</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Пунктуация</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Кавычки</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Повтор слова</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Не переведено</translation>
    </message>
    <message>
        <source>Empty translation</source>
        <translation>Пустой перевод</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Mixed scripts</source>
        <translation>Смешение алфавитов</translation>
    </message>
    <message>
        <source>Letter of the other language</source>
        <translation>Буква другого языка</translation>
    </message>
    <message>
        <source>Invisible character</source>
        <translation>Невидимый символ</translation>
    </message>
    <message>
        <source>Address, handle or hashtag</source>
        <translation>Адрес, имя пользователя или хештег</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <source>Inline codes</source>
        <translation>Встроенные коды</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Прописные буквы</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <source>Ignore here</source>
        <translation>Игнорировать здесь</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <source>Every column</source>
        <translation>Все столбцы</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>That segment is hidden by the grid's filter.</source>
        <translation>Этот сегмент скрыт фильтром таблицы.</translation>
    </message>
    <message>
        <source>Export QA report</source>
        <translation>Экспорт отчёта о проверке</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Writing the QA report…</source>
        <translation>Запись отчёта о проверке…</translation>
    </message>
    <message numerus="yes">
        <source>QA report with %n finding(s) written to %1</source>
        <translation>
            <numerusform>Отчёт с %n замечанием записан в %1</numerusform>
            <numerusform>Отчёт с %n замечаниями записан в %1</numerusform>
            <numerusform>Отчёт с %n замечаниями записан в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The QA report was not written: %1</source>
        <translation>Отчёт о проверке не записан: %1</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Export &amp;QA report…</source>
        <translation>Экспорт отчёта о &amp;проверке…</translation>
    </message>
</context>
<context>
    <name>QaReasons</name>
    <message>
        <source>The translation lacks the number %1 of the source.</source>
        <translation>В переводе нет числа %1 из оригинала.</translation>
    </message>
    <message>
        <source>This number is not in the source; the source has %1 here.</source>
        <translation>Этого числа нет в оригинале; там здесь %1.</translation>
    </message>
    <message>
        <source>This number is not in the source.</source>
        <translation>Этого числа нет в оригинале.</translation>
    </message>
    <message>
        <source>Written the English way: Russian and Ukrainian separate thousands with a space and decimals with a comma.</source>
        <translation>Записано по-английски: в русском и украинском тысячи отделяют пробелом, а дробную часть — запятой.</translation>
    </message>
    <message>
        <source>The source gives this number in %1; the translation does not say so.</source>
        <translation>В оригинале это число в %1; в переводе единица не указана.</translation>
    </message>
    <message>
        <source>The translation lacks the month %1 of the source's date.</source>
        <translation>В переводе нет месяца %1 из даты оригинала.</translation>
    </message>
    <message>
        <source>The source's date is in %1, not in this month.</source>
        <translation>В оригинале дата в месяце %1, а не в этом.</translation>
    </message>
    <message>
        <source>The source ends with “%1”; the translation has no closing mark.</source>
        <translation>Оригинал заканчивается на «%1»; в переводе нет завершающего знака.</translation>
    </message>
    <message>
        <source>The source ends with “%1”.</source>
        <translation>Оригинал заканчивается на «%1».</translation>
    </message>
    <message>
        <source>The source has no closing punctuation here.</source>
        <translation>В оригинале здесь нет завершающего знака.</translation>
    </message>
    <message>
        <source>This bracket has no partner.</source>
        <translation>У этой скобки нет пары.</translation>
    </message>
    <message>
        <source>This quotation mark has no partner.</source>
        <translation>У этой кавычки нет пары.</translation>
    </message>
    <message>
        <source>Russian and Ukrainian quote with « » (and „ “ inside).</source>
        <translation>В русском и украинском цитируют в « » (а внутри — „ “).</translation>
    </message>
    <message>
        <source>Two spaces in a row.</source>
        <translation>Два пробела подряд.</translation>
    </message>
    <message>
        <source>Space at the start of the translation.</source>
        <translation>Пробел в начале перевода.</translation>
    </message>
    <message>
        <source>Space at the end of the translation.</source>
        <translation>Пробел в конце перевода.</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>«%1» написано дважды.</translation>
    </message>
    <message>
        <source>A space before “%1”: Russian and Ukrainian put none there.</source>
        <translation>Пробел перед «%1»: в русском и украинском его там не ставят.</translation>
    </message>
    <message>
        <source>No space after “%1”.</source>
        <translation>Нет пробела после «%1».</translation>
    </message>
    <message>
        <source>The source starts with a capital letter; the translation does not.</source>
        <translation>Оригинал начинается с прописной буквы, перевод — нет.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>Перевод пуст.</translation>
    </message>
    <message>
        <source>The translation is the English source, untranslated.</source>
        <translation>Перевод совпадает с английским оригиналом: не переведено.</translation>
    </message>
    <message>
        <source>The translation is %1% of the source's length: is something repeated?</source>
        <translation>Перевод составляет %1% длины оригинала: нет ли повтора?</translation>
    </message>
    <message>
        <source>The translation is %1% of the source's length: is something missing?</source>
        <translation>Перевод составляет %1% длины оригинала: ничего не пропущено?</translation>
    </message>
    <message>
        <source>Latin letters in the Cyrillic word “%1”: it looks right but breaks search.</source>
        <translation>Латинские буквы в кириллическом слове «%1»: выглядит верно, но ломает поиск.</translation>
    </message>
    <message>
        <source>Cyrillic letters in the Latin word “%1”: it looks right but breaks search.</source>
        <translation>Кириллические буквы в латинском слове «%1»: выглядит верно, но ломает поиск.</translation>
    </message>
    <message>
        <source>A Russian letter in the Ukrainian text (“%1”).</source>
        <translation>Русская буква в украинском тексте («%1»).</translation>
    </message>
    <message>
        <source>A Ukrainian letter in the Russian text (“%1”).</source>
        <translation>Украинская буква в русском тексте («%1»).</translation>
    </message>
    <message>
        <source>An invisible character (%1).</source>
        <translation>Невидимый символ (%1).</translation>
    </message>
    <message>
        <source>The translation lacks this address.</source>
        <translation>В переводе нет этого адреса.</translation>
    </message>
    <message>
        <source>The source's address is %1.</source>
        <translation>Адрес в оригинале: %1.</translation>
    </message>
    <message>
        <source>The translation lacks this e-mail address.</source>
        <translation>В переводе нет этого адреса электронной почты.</translation>
    </message>
    <message>
        <source>The source's e-mail address is %1.</source>
        <translation>Адрес электронной почты в оригинале: %1.</translation>
    </message>
    <message>
        <source>The translation lacks this handle.</source>
        <translation>В переводе нет этого имени пользователя.</translation>
    </message>
    <message>
        <source>The source's handle is %1.</source>
        <translation>Имя пользователя в оригинале: %1.</translation>
    </message>
    <message>
        <source>The translation lacks this hashtag.</source>
        <translation>В переводе нет этого хештега.</translation>
    </message>
    <message>
        <source>The source's hashtag is %1.</source>
        <translation>Хештег в оригинале: %1.</translation>
    </message>
    <message>
        <source>The same source is translated %1 ways in this project.</source>
        <translation>Один и тот же оригинал переведён в этом проекте %1 способами.</translation>
    </message>
    <message>
        <source>%1 different sources have this same translation.</source>
        <translation>У %1 разных оригиналов один и тот же перевод.</translation>
    </message>
    <message>
        <source>Not a known word: check its spelling (or add it to the project dictionary).</source>
        <translation>Неизвестное слово: проверьте написание (или добавьте его в словарь проекта).</translation>
    </message>
    <message>
        <source>An inline code of the source is missing.</source>
        <translation>Нет встроенного кода из оригинала.</translation>
    </message>
</context>
<context>
    <name>RepetitionFollower</name>
    <message numerus="yes">
        <source>Also applied to %n repetition(s) of this sentence (Ctrl+Z undoes them together).</source>
        <translation>
            <numerusform>Также применено к %n повтору этого предложения (Ctrl+Z отменит всё вместе).</numerusform>
            <numerusform>Также применено к %n повторам этого предложения (Ctrl+Z отменит всё вместе).</numerusform>
            <numerusform>Также применено к %n повторам этого предложения (Ctrl+Z отменит всё вместе).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Approve and go to next</source>
        <extracomment>A short note for the status bar ("Nothing to undo", ...).</extracomment>
        <translation>&amp;Одобрить и перейти к следующему</translation>
    </message>
    <message>
        <source>Approve the current translation and jump to the next one not approved</source>
        <translation>Одобрить текущий перевод и перейти к следующему неодобренному</translation>
    </message>
    <message>
        <source>&amp;Reject and go to next</source>
        <translation>О&amp;тклонить и перейти к следующему</translation>
    </message>
    <message>
        <source>&amp;Undo last decision</source>
        <translation>Отменить последнее &amp;решение</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Комментарий…</translation>
    </message>
    <message>
        <source>Select a Russian or Ukrainian cell first.</source>
        <translation>Сначала выберите ячейку с русским или украинским переводом.</translation>
    </message>
    <message>
        <source>This cell is empty: type a translation first.</source>
        <translation>Ячейка пуста: сначала введите перевод.</translation>
    </message>
    <message>
        <source>Every cell is approved.</source>
        <translation>Все ячейки одобрены.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>Undone: segment %1, %2</source>
        <translation>Отменено: сегмент %1, %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Comment on this %1 translation (empty removes it):</source>
        <translation>Комментарий к переводу (%1); пустой комментарий удаляется:</translation>
    </message>
</context>
<context>
    <name>ReviewStatusBar</name>
    <message>
        <source>No project open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>%1: %2/%3 approved</source>
        <translation>%1: одобрено %2 из %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегмента</numerusform>
            <numerusform>%n сегментов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Romanization</name>
    <message>
        <source>KMU 2010 (official Ukrainian)</source>
        <translation>KMU 2010 (официальная украинская)</translation>
    </message>
    <message>
        <source>ICAO Doc 9303</source>
        <translation>ICAO Doc 9303</translation>
    </message>
    <message>
        <source>GOST 7.79 System B</source>
        <translation>ГОСТ 7.79, система Б</translation>
    </message>
    <message>
        <source>Wikipedia</source>
        <translation>Википедия</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>informal (transliterate package)</source>
        <translation>неформальная (пакет transliterate)</translation>
    </message>
</context>
<context>
    <name>RomanizationModel</name>
    <message>
        <source>The standard scheme for this language</source>
        <translation>Стандартная система для этого языка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Romanization</source>
        <translation>Латинизация</translation>
    </message>
</context>
<context>
    <name>RomanizationPanel</name>
    <message>
        <source>Type a name in Cyrillic</source>
        <translation>Введите имя кириллицей</translation>
    </message>
    <message>
        <source>Romanization</source>
        <translation>Латинизация</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Segment %1, paragraph %2</source>
        <extracomment>The project could not be written; the argument is a message for the reviewer. Some decision changed (status bar counts, panels). A reviewer's decision was recorded on this cell (segment id, language). A decision was copied to this many repetitions of its sentence (same transaction). Some cell text may have changed (an edit, an undo, machine output, rows added); an approval or a rejection keeps the text and does not emit it (the names check listens). Only these segments (in project order) when the grid is filtered; None: every one. segment id -&gt; {tag number: label} ("b", "link" ...) for chip tooltips (read once per segment from the document's stored inline codes).</extracomment>
        <translation>Сегмент %1, абзац %2</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>ещё не переведено</translation>
    </message>
    <message>
        <source>Draft (quick machine translation; a refined one follows)</source>
        <translation>Черновик (быстрый машинный перевод; уточнённый последует)</translation>
    </message>
    <message>
        <source>Not translated yet: Tools &gt; Translate document (Ctrl+T)</source>
        <translation>Ещё не переведено: Инструменты &gt; Перевести документ (Ctrl+T)</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>From the translation memory (%1 match)</source>
        <translation>Из памяти переводов (совпадение %1)</translation>
    </message>
    <message>
        <source>Machine translation: %1</source>
        <translation>Машинный перевод: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>The change could not be saved to the project: %1. Check that the file is still there and writable, then try again.</source>
        <translation>Изменение не удалось сохранить в проекте: %1. Проверьте, что файл на месте и доступен для записи, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Your text (copy it from here):
%1</source>
        <translation>Ваш текст (скопируйте его отсюда):
%1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add “%1” to project dictionary</source>
        <translation>Добавить «%1» в словарь проекта</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>new</source>
        <extracomment>Soft row tints behind decided cells (None: no tint).</extracomment>
        <translation>новый</translation>
    </message>
    <message>
        <source>machine translated</source>
        <translation>машинный перевод</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
</context>
<context>
    <name>TagCheck</name>
    <message>
        <source>Tag missing</source>
        <translation>Нет тега</translation>
    </message>
    <message>
        <source>Tag not in the source</source>
        <translation>Тега нет в оригинале</translation>
    </message>
    <message>
        <source>Tag duplicated</source>
        <translation>Тег повторяется</translation>
    </message>
    <message>
        <source>Closing tag before opening tag</source>
        <translation>Закрывающий тег перед открывающим</translation>
    </message>
    <message>
        <source>Tags cross</source>
        <translation>Теги пересекаются</translation>
    </message>
    <message>
        <source>Tags in another order</source>
        <translation>Теги в другом порядке</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>opening tag %1</source>
        <translation>открывающий тег %1</translation>
    </message>
    <message>
        <source>closing tag %1</source>
        <translation>закрывающий тег %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>тег %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>The task failed</source>
        <translation>Задача не выполнена</translation>
    </message>
</context>
<context>
    <name>TranslateController</name>
    <message>
        <source>&amp;Translate document</source>
        <translation>&amp;Перевести документ</translation>
    </message>
    <message>
        <source>Machine-translate every segment; reviewers' texts are never replaced</source>
        <translation>Машинный перевод всех сегментов; тексты редакторов не заменяются</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop machine translation; what is stored stays</source>
        <translation>Остановить машинный перевод; сохранённое остаётся</translation>
    </message>
    <message>
        <source>Refining…</source>
        <translation>Уточнение…</translation>
    </message>
    <message>
        <source>Every segment has a draft; beam search and alternatives are being computed</source>
        <translation>У каждого сегмента есть черновик; идёт лучевой поиск и подбор вариантов</translation>
    </message>
    <message>
        <source>Draft %p%</source>
        <translation>Черновик %p%</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Машинный перевод</translation>
    </message>
    <message>
        <source>No LibreTranslate server is set. Enter its address in the machine translation settings, or choose the offline Argos engine there.</source>
        <translation>Сервер LibreTranslate не задан. Укажите его адрес в настройках машинного перевода или выберите там движок Argos, работающий без интернета.</translation>
    </message>
    <message>
        <source>No translation model for %1 → %2 is installed. Download one or install a .argosmodel file in the model manager.</source>
        <translation>Модель перевода %1 → %2 не установлена. Скачайте её или установите файл .argosmodel в менеджере моделей.</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation: %n segment(s) stored so far</source>
        <translation>
            <numerusform>Машинный перевод: сохранён %n сегмент</numerusform>
            <numerusform>Машинный перевод: сохранено %n сегмента</numerusform>
            <numerusform>Машинный перевод: сохранено %n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>Переведён %n сегмент</numerusform>
            <numerusform>Переведено %n сегмента</numerusform>
            <numerusform>Переведено %n сегментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) refined with beam search</source>
        <translation>
            <numerusform>%n черновик уточнён лучевым поиском</numerusform>
            <numerusform>%n черновика уточнены лучевым поиском</numerusform>
            <numerusform>%n черновиков уточнены лучевым поиском</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the cache</source>
        <translation>
            <numerusform>%n сегмент из кэша</numerusform>
            <numerusform>%n сегмента из кэша</numerusform>
            <numerusform>%n сегментов из кэша</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the translation memory</source>
        <translation>
            <numerusform>%n сегмент из памяти переводов</numerusform>
            <numerusform>%n сегмента из памяти переводов</numerusform>
            <numerusform>%n сегментов из памяти переводов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) skipped (no text)</source>
        <translation>
            <numerusform>Пропущен %n сегмент (нет текста)</numerusform>
            <numerusform>Пропущено %n сегмента (нет текста)</numerusform>
            <numerusform>Пропущено %n сегментов (нет текста)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) failed</source>
        <translation>
            <numerusform>Не удалось перевести %n сегмент</numerusform>
            <numerusform>Не удалось перевести %n сегмента</numerusform>
            <numerusform>Не удалось перевести %n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation finished</source>
        <translation>Машинный перевод завершён</translation>
    </message>
    <message>
        <source>MT: %1</source>
        <translation>МП: %1</translation>
    </message>
    <message>
        <source>Machine translation cancelled</source>
        <translation>Машинный перевод отменён</translation>
    </message>
    <message numerus="yes">
        <source>Translation was cancelled. The %n segment(s) translated before that are kept.</source>
        <translation>
            <numerusform>Перевод отменён. %n сегмент, переведённый до этого, сохранён.</numerusform>
            <numerusform>Перевод отменён. %n сегмента, переведённые до этого, сохранены.</numerusform>
            <numerusform>Перевод отменён. %n сегментов, переведённых до этого, сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation stopped: %1</source>
        <translation>Машинный перевод остановлен: %1</translation>
    </message>
    <message>
        <source>Cannot translate</source>
        <translation>Перевести не удаётся</translation>
    </message>
    <message>
        <source>Install the missing models…</source>
        <translation>Установить недостающие модели…</translation>
    </message>
    <message>
        <source>Open model manager…</source>
        <translation>Открыть менеджер моделей…</translation>
    </message>
    <message>
        <source>Machine translation settings…</source>
        <translation>Настройки машинного перевода…</translation>
    </message>
</context>
<context><name>DocumentFormats</name><message><source>Word document</source><translation>Документ Word</translation></message><message><source>OpenDocument text</source><translation>Текст OpenDocument</translation></message><message><source>HTML page</source><translation>Страница HTML</translation></message><message><source>Plain text</source><translation>Обычный текст</translation></message><message><source>Markdown</source><translation>Markdown</translation></message></context><context><name>ExportController</name><message><source>&amp;Export translation</source><translation>&amp;Экспорт перевода</translation></message><message><source>Russian…</source><translation>На русском…</translation></message><message><source>Ukrainian…</source><translation>На украинском…</translation></message><message><source>Approved translations only</source><translation>Только утверждённые переводы</translation></message><message><source>Same format as the original (*%1)</source><translation>В формате оригинала (*%1)</translation></message><message><source>Plain text (*.txt)</source><translation>Обычный текст (*.txt)</translation></message><message><source>Export translation</source><translation>Экспорт перевода</translation></message><message><source>Exporting %1…</source><translation>Экспорт %1…</translation></message><message><source>Wrote %1: %2 approved, %3 edited, %4 machine, %5 left in English</source><translation>Записан %1: утверждено %2, изменено %3, машинных %4, осталось на английском %5</translation></message><message><source>Segment %1: %2</source><translation>Сегмент %1: %2</translation></message><message numerus="yes"><source>%n segment(s) need attention; their tags were placed at the end of the paragraph.</source><translation><numerusform>%n сегмент требует внимания; его теги поставлены в конец абзаца.</numerusform><numerusform>%n сегмента требуют внимания; их теги поставлены в конец абзаца.</numerusform><numerusform>%n сегментов требуют внимания; их теги поставлены в конец абзаца.</numerusform></translation></message><message><source>Cannot export %1</source><translation>Не удалось экспортировать %1</translation></message></context><context><name>GlossaryDetailsView</name><message><source>Definition</source><translation>Определение</translation></message><message><source>Context</source><translation>Контекст</translation></message><message><source>Note</source><translation>Примечание</translation></message><message><source>Source</source><translation>Источник</translation></message><message><source>source</source><translation>источник</translation></message><message><source>Customer</source><translation>Заказчик</translation></message><message><source>Project</source><translation>Проект</translation></message><message><source>Term type</source><translation>Тип термина</translation></message><message><source>Gender</source><translation>Род</translation></message><message><source>Used in</source><translation>Где употребляется</translation></message><message><source>Location</source><translation>Место в интерфейсе</translation></message><message><source>See also</source><translation>См. также</translation></message><message><source>Link</source><translation>Ссылка</translation></message><message><source>Picture</source><translation>Изображение</translation></message><message><source>Subject</source><translation>Предметная область</translation></message></context><context><name>HistoryPanel</name><message><source>History</source><translation>История</translation></message><message><source>When</source><translation>Когда</translation></message><message><source>Who</source><translation>Кто</translation></message><message><source>What</source><translation>Что</translation></message><message><source>Text</source><translation>Текст</translation></message><message><source>machine</source><translation>машина</translation></message><message><source>Machine translation</source><translation>Машинный перевод</translation></message><message><source>Edited</source><translation>Изменено</translation></message><message><source>Approved</source><translation>Утверждено</translation></message><message><source>Rejected</source><translation>Отклонено</translation></message><message><source>Undone</source><translation>Отменено</translation></message><message><source>Comment</source><translation>Комментарий</translation></message><message><source>Name flag ignored</source><translation>Отметка имени пропущена</translation></message><message><source>Name flag shown again</source><translation>Отметка имени снова показана</translation></message><message><source>QA finding ignored</source><translation>Замечание проверки пропущено</translation></message><message><source>QA finding shown again</source><translation>Замечание проверки снова показано</translation></message><message><source>Added to the project dictionary</source><translation>Добавлено в словарь проекта</translation></message></context><context><name>ShortcutsDialog</name><message><source>&amp;Keyboard shortcuts…</source><translation>&amp;Сочетания клавиш…</translation></message><message><source>Keyboard shortcuts</source><translation>Сочетания клавиш</translation></message><message><source>Keys</source><translation>Клавиши</translation></message><message><source>Does</source><translation>Действие</translation></message><message><source>Where</source><translation>Где</translation></message><message><source>Grid and panels</source><translation>Таблица и панели</translation></message><message><source>In the cell editor</source><translation>В редакторе ячейки</translation></message><message><source>Edit the cell (or double-click, or start typing)</source><translation>Редактировать ячейку (или двойной щелчок, или просто начните печатать)</translation></message><message><source>Save the cell as edited</source><translation>Сохранить ячейку как изменённую</translation></message><message><source>New line inside the cell</source><translation>Новая строка в ячейке</translation></message><message><source>Save and approve, go to the next cell</source><translation>Сохранить и утвердить, перейти к следующей ячейке</translation></message><message><source>Cancel the edit</source><translation>Отменить правку</translation></message><message><source>Undo typing inside the editor</source><translation>Отменить ввод в редакторе</translation></message></context></TS>