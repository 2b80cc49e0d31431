<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AlternativesPanel</name>
    <message>
        <source>Select a Russian or Ukrainian cell to see its machine translation and alternatives.</source>
        <translation>Виберіть російську або українську клітинку, щоб побачити її машинний переклад і варіанти.</translation>
    </message>
    <message>
        <source>No machine translation yet for this %1 cell. Use Tools &gt; Translate document.</source>
        <translation>Для цієї клітинки (%1) машинного перекладу ще немає. Виберіть «Інструменти &gt; Перекласти документ».</translation>
    </message>
    <message numerus="yes">
        <source>%1: machine translation and %n alternative(s)</source>
        <translation>
            <numerusform>%1: машинний переклад і %n варіант</numerusform>
            <numerusform>%1: машинний переклад і %n варіанти</numerusform>
            <numerusform>%1: машинний переклад і %n варіантів</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1 (pivot)</source>
        <translation>через мову-посередника: %1</translation>
    </message>
    <message>
        <source>No direct model for this pair was installed: the text was translated through another language.</source>
        <translation>Прямої моделі для цієї пари немає: текст перекладено через іншу мову.</translation>
    </message>
    <message>
        <source>Machine translation (%1): %2</source>
        <translation>Машинний переклад (%1): %2</translation>
    </message>
    <message>
        <source>%3. (%1): %2</source>
        <translation>%3. (%1): %2</translation>
    </message>
    <message>
        <source>Put this text into the cell (%1)</source>
        <translation>Вставити цей текст у клітинку (%1)</translation>
    </message>
    <message>
        <source>The cell already has this text.</source>
        <translation>У клітинці вже цей текст.</translation>
    </message>
    <message>
        <source>Inserted alternative %1.</source>
        <translation>Вставлено варіант %1.</translation>
    </message>
    <message>
        <source>Machine translation put back.</source>
        <translation>Машинний переклад повернуто.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Варіанти</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
    <message>
        <source>Review Desk hit an unexpected error. Your decisions so far are saved. Details are in the log file:
%1</source>
        <translation>У Review Desk сталася неочікувана помилка. Усі ваші рішення збережено. Подробиці в журналі:
%1</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>Не вдалося створити приклад проєкту</translation>
    </message>
</context>
<context>
    <name>ApproveSpellingDialog</name>
    <message>
        <source>Approve spelling</source>
        <translation>Затвердити написання</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>KMU 2010</source>
        <translation>КМУ 2010</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <source>Also record “%1” as deprecated (suggesting “%2”)</source>
        <translation>Також записати «%1» як нерекомендоване (із заміною на «%2»)</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in glossary concept #%3 (%4) as %5.</source>
        <translation>«%1» (%2) уже є в понятті глосарію №%3 (%4) зі статусом %5.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search English, Russian and Ukrainian text…</source>
        <translation>Пошук в англійському, російському та українському тексті…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message numerus="yes">
        <source>%n matching segment(s)</source>
        <translation>
            <numerusform>%n відповідний сегмент</numerusform>
            <numerusform>%n відповідні сегменти</numerusform>
            <numerusform>%n відповідних сегментів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>preferred</source>
        <translation>бажаний</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>допустимий</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>нерекомендований</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>заборонений</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>GlossaryFileActions</name>
    <message>
        <source>Export glossary…</source>
        <extracomment>The project glossary changed (an import or a merge into it was applied).</extracomment>
        <translation>Експорт глосарію…</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>Імпорт глосарію…</translation>
    </message>
    <message>
        <source>Merge from my user glossary…</source>
        <translation>Об&apos;єднати з моїм особистим глосарієм (у проєкт)…</translation>
    </message>
    <message>
        <source>Merge into my user glossary…</source>
        <translation>Перенести в мій особистий глосарій…</translation>
    </message>
    <message>
        <source>TBX, TBX-Basic (*.tbx)</source>
        <translation>TBX, TBX-Basic (*.tbx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, with byte-order mark (*.csv)</source>
        <translation>CSV для Excel, з міткою порядку байтів (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>TMX 1.4b, approved translations (*.tmx)</source>
        <translation>TMX 1.4b, затверджені переклади (*.tmx)</translation>
    </message>
    <message>
        <source>XLIFF 2.0, Russian (*.xlf)</source>
        <translation>XLIFF 2.0, російська (*.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 2.0, Ukrainian (*.xlf)</source>
        <translation>XLIFF 2.0, українська (*.xlf)</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Експорт глосарію</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1</source>
        <translation>
            <numerusform>Записано %n елемент у %1</numerusform>
            <numerusform>Записано %n елементи у %1</numerusform>
            <numerusform>Записано %n елементів у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Експорт у %1…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Імпорт глосарію</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.xml *.csv *.json);;All files (*)</source>
        <translation>Глосарії (*.tbx *.xml *.csv *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Merge from my user glossary</source>
        <translation>Об&apos;єднання з особистим глосарієм</translation>
    </message>
    <message>
        <source>Merge into my user glossary</source>
        <translation>Перенесення в особистий глосарій</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <source>Glossary merged: %1 new, %2 updated.</source>
        <translation>Глосарій об&apos;єднано: нових — %1, оновлено — %2.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не імпортовано</translation>
    </message>
    <message>
        <source>Writing the glossary…</source>
        <translation>Запис глосарію…</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>Пошук термінів…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Add concept…</source>
        <translation>Додати поняття…</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>Видалити поняття</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation>Додати поняття</translation>
    </message>
    <message>
        <source>English term (preferred):</source>
        <translation>Англійський термін (бажаний):</translation>
    </message>
    <message>
        <source>Delete “%1” and all its terms from the glossary?</source>
        <translation>Видалити «%1» з усіма термінами з глосарію?</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глосарій</translation>
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
        <translation>Примітка</translation>
    </message>
    <message>
        <source>A concept needs at least one term; delete the concept instead.</source>
        <translation>Поняття має мати хоча б один термін; видаліть поняття цілком.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
</context>
<context>
    <name>MTSettingsDialog</name>
    <message>
        <source>Machine translation</source>
        <translation>Машинний переклад</translation>
    </message>
    <message>
        <source>Argos (offline, on this computer)</source>
        <translation>Argos (без інтернету, на цьому комп’ютері)</translation>
    </message>
    <message>
        <source>LibreTranslate server</source>
        <translation>Сервер LibreTranslate</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Рушій:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Alternatives per segment:</source>
        <translation>&amp;Варіантів на сегмент:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Перевірити з’єднання</translation>
    </message>
    <message>
        <source>The key is stored in the system keyring, never in the settings file.</source>
        <translation>Ключ зберігається в системному сховищі паролів, а не у файлі налаштувань.</translation>
    </message>
    <message>
        <source>No system keyring is available: the key is kept for this session only.</source>
        <translation>Системного сховища паролів немає: ключ збережеться лише до кінця цього сеансу.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://127.0.0.1:5000.</source>
        <translation>Введіть адресу сервера, наприклад http://127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запит до %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server answers and offers %n language(s): %1</source>
        <translation>
            <numerusform>Сервер відповідає і пропонує %n мову: %1</numerusform>
            <numerusform>Сервер відповідає і пропонує %n мови: %1</numerusform>
            <numerusform>Сервер відповідає і пропонує %n мов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Перевірка не вдалася: %1</translation>
    </message>
    <message>
        <source>&amp;Machine translation…</source>
        <translation>&amp;Машинний переклад…</translation>
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
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>немає проєкту</translation>
    </message>
    <message>
        <source>%1 — Review Desk</source>
        <translation>%1 — Review Desk</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) added from %1</source>
        <translation>
            <numerusform>%n сегмент додано з %1</numerusform>
            <numerusform>%n сегменти додано з %1</numerusform>
            <numerusform>%n сегментів додано з %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n new concept(s)</source>
        <translation>
            <numerusform>%n нове поняття</numerusform>
            <numerusform>%n нові поняття</numerusform>
            <numerusform>%n нових понять</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting (not imported)</source>
        <translation>
            <numerusform>%n у конфлікті (не імпортується)</numerusform>
            <numerusform>%n у конфлікті (не імпортуються)</numerusform>
            <numerusform>%n у конфлікті (не імпортуються)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>З %1: %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Conflicting concepts are not imported; fix them in the file or the glossary and import again.</source>
        <translation>Конфліктні поняття не імпортуються; виправте їх у файлі або в глосарії та імпортуйте знову.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Поки нічого не записано.</translation>
    </message>
    <message>
        <source>Skipped languages other than en/ru/uk: %1</source>
        <translation>Пропущено мови, крім en/ru/uk: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>нове: %1</translation>
    </message>
    <message>
        <source>updated: %1: %2</source>
        <translation>оновлено: %1: %2</translation>
    </message>
    <message>
        <source>conflicting: %1: %2</source>
        <translation>конфлікт: %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Translation models</source>
        <translation>Моделі перекладу</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>&amp;Install from file…</source>
        <translation>&amp;Встановити з файлу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Download from the Argos index:</source>
        <translation>Завантажити з каталогу Argos:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Завантажити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>Встановлення моделі перекладу</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Моделі Argos (*.argosmodel);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Встановлення %1…</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Видалення моделі</translation>
    </message>
    <message>
        <source>Remove the %1 model (version %2)? Translating into that language needs a model again afterwards.</source>
        <translation>Видалити модель %1 (версія %2)? Для перекладу цією мовою потім знову знадобиться модель.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Модель %1 видалено.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Завантаження %1…</translation>
    </message>
    <message>
        <source>Installed %1 (version %2).</source>
        <translation>Встановлено модель %1 (версія %2).</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was installed.</source>
        <translation>Завантаження скасовано; нічого не встановлено.</translation>
    </message>
    <message>
        <source>Cannot reach the model index (are you offline?): install a downloaded .argosmodel file with “Install from file…” instead.</source>
        <translation>Каталог моделей недоступний (немає інтернету?): встановіть завантажений файл .argosmodel кнопкою «Встановити з файлу…».</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Не вдалося: %1</translation>
    </message>
    <message>
        <source>Translation &amp;models…</source>
        <translation>&amp;Моделі перекладу…</translation>
    </message>
</context>
<context>
    <name>NameCheckController</name>
    <message>
        <source>Checking names…</source>
        <extracomment>The first check waits this long after a project opens, so the window paints first (the worker&apos;s start-up competes for the interpreter lock). A new check result is on screen (or the project closed: empty results). The background check failed; the argument is a message for the status bar. A name was chosen in a panel: {&quot;en&quot;/&quot;ru&quot;/&quot;uk&quot;: spelling} (the romanization panel shows it). Someone changed the glossary (approval, glossary panel, import): panels reload, names are checked again.</extracomment>
        <translation>Перевірка імен…</translation>
    </message>
    <message>
        <source>The names check failed: %1</source>
        <translation>Перевірка імен не вдалася: %1</translation>
    </message>
</context>
<context>
    <name>NameConcepts</name>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>глосарій</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
</context>
<context>
    <name>NameConceptsModel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n позначка</numerusform>
            <numerusform>%n позначки</numerusform>
            <numerusform>%n позначок</numerusform>
        </translation>
    </message>
    <message>
        <source>Dictionary form: %1</source>
        <translation>Словникова форма: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
</context>
<context>
    <name>NameFlags</name>
    <message>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>Russian-derived spelling</source>
        <translation>Написання за російською назвою</translation>
    </message>
    <message>
        <source>Another romanization</source>
        <translation>Інша транслітерація</translation>
    </message>
    <message>
        <source>Inflected or short form</source>
        <translation>Відмінкова або скорочена форма</translation>
    </message>
    <message>
        <source>Spelled two ways</source>
        <translation>Написано по-різному</translation>
    </message>
    <message>
        <source>Name missing in translation</source>
        <translation>Ім&apos;я пропущено в перекладі</translation>
    </message>
    <message>
        <source>Name changed in translation</source>
        <translation>Ім&apos;я спотворено в перекладі</translation>
    </message>
    <message>
        <source>Other language&apos;s form</source>
        <translation>Форма іншої мови</translation>
    </message>
    <message>
        <source>Deprecated in the glossary</source>
        <translation>Не рекомендується глосарієм</translation>
    </message>
    <message>
        <source>Forbidden by the glossary</source>
        <translation>Заборонено глосарієм</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <source>Replace with suggestion</source>
        <translation>Замінити на запропоноване</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Пропустити тут</translation>
    </message>
    <message>
        <source>Approve spelling…</source>
        <translation>Затвердити написання…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the selected cell</source>
        <translation>
            <numerusform>%n позначка у вибраній клітинці</numerusform>
            <numerusform>%n позначки у вибраній клітинці</numerusform>
            <numerusform>%n позначок у вибраній клітинці</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Клітинку не вибрано</translation>
    </message>
    <message>
        <source>The English source is read-only: ignore the flag or approve a spelling.</source>
        <translation>Англійський оригінал не редагується: пропустіть позначку або затвердьте написання.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the cell; wait for the names check to finish.</source>
        <translation>«%1» уже немає в клітинці; дочекайтеся завершення перевірки імен.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Не затверджено</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Затверджено: %1</translation>
    </message>
    <message>
        <source>Glossary conflicts</source>
        <translation>Конфлікти в глосарії</translation>
    </message>
    <message>
        <source>The glossary now has conflicts to resolve in the Glossary panel:</source>
        <translation>У глосарії з&apos;явилися конфлікти; розв&apos;яжіть їх на панелі «Глосарій»:</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Імена</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>Reviewer name</source>
        <extracomment>(setting value, name shown in its own language; &apos;&apos; follows the system).</extracomment>
        <translation>Ім&apos;я рецензента</translation>
    </message>
    <message>
        <source>Your name, recorded with every decision you make:</source>
        <translation>Ваше ім&apos;я, яке записується з кожним вашим рішенням:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name…</source>
        <translation>&amp;Ім&apos;я рецензента…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Мова інтерфейсу</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>&amp;About Review Desk</source>
        <translation>&amp;Про Review Desk</translation>
    </message>
    <message>
        <source>About Review Desk</source>
        <translation>Про Review Desk</translation>
    </message>
    <message>
        <source>Review Desk %1

Review English to Russian and Ukrainian news translations: every decision is saved at once, with who made it and when.</source>
        <translation>Review Desk %1

Перевірка перекладів новин з англійської російською та українською: кожне рішення зберігається одразу, із зазначенням, хто і коли його ухвалив.</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>&amp;New project from document…</source>
        <extracomment>A project was opened: (repository, path). The window shows it. A document was imported into an open project: (project path, Document). The window reloads its grid.</extracomment>
        <translation>&amp;Новий проєкт із документа…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Add document to project…</source>
        <translation>&amp;Додати документ до проєкту…</translation>
    </message>
    <message>
        <source>Recent &amp;projects</source>
        <translation>&amp;Останні проєкти</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Не вдалося відкрити проєкт</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>Review Desk projects (*.rdproj);;All files (*)</source>
        <translation>Проєкти Review Desk (*.rdproj);;Усі файли (*)</translation>
    </message>
    <message>
        <source>New project from document</source>
        <translation>Новий проєкт із документа</translation>
    </message>
    <message>
        <source>Text and Markdown documents (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Текстові документи та Markdown (*.txt *.md *.markdown);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>Зберегти новий проєкт як</translation>
    </message>
    <message>
        <source>Review Desk projects (*.rdproj)</source>
        <translation>Проєкти Review Desk (*.rdproj)</translation>
    </message>
    <message>
        <source>Add document to project</source>
        <translation>Додати документ до проєкту</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Не вдалося імпортувати %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Неочікувана помилка: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Approve and go to next</source>
        <extracomment>A short note for the status bar (&quot;Nothing to undo&quot;, ...).</extracomment>
        <translation>&amp;Схвалити й перейти до наступного</translation>
    </message>
    <message>
        <source>Approve the current translation and jump to the next one not approved</source>
        <translation>Схвалити поточний переклад і перейти до наступного несхваленого</translation>
    </message>
    <message>
        <source>&amp;Reject and go to next</source>
        <translation>&amp;Відхилити й перейти до наступного</translation>
    </message>
    <message>
        <source>&amp;Undo last decision</source>
        <translation>Скасувати останнє &amp;рішення</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Коментар…</translation>
    </message>
    <message>
        <source>Select a Russian or Ukrainian cell first.</source>
        <translation>Спочатку виберіть клітинку з російським або українським перекладом.</translation>
    </message>
    <message>
        <source>This cell is empty: type a translation first.</source>
        <translation>Клітинка порожня: спочатку введіть переклад.</translation>
    </message>
    <message>
        <source>Every cell is approved.</source>
        <translation>Усі клітинки схвалено.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <source>Undone: segment %1, %2</source>
        <translation>Скасовано: сегмент %1, %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Comment on this %1 translation (empty removes it):</source>
        <translation>Коментар до перекладу (%1); порожній коментар видаляється:</translation>
    </message>
</context>
<context>
    <name>ReviewStatusBar</name>
    <message>
        <source>No project open</source>
        <translation>Проєкт не відкрито</translation>
    </message>
    <message>
        <source>%1: %2/%3 approved</source>
        <translation>%1: схвалено %2 з %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегменти</numerusform>
            <numerusform>%n сегментів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Romanization</name>
    <message>
        <source>KMU 2010 (official Ukrainian)</source>
        <translation>КМУ 2010 (офіційна українська)</translation>
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
        <translation>Вікіпедія</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>informal (transliterate package)</source>
        <translation>неформальна (пакет transliterate)</translation>
    </message>
</context>
<context>
    <name>RomanizationModel</name>
    <message>
        <source>The standard scheme for this language</source>
        <translation>Стандартна система для цієї мови</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Romanization</source>
        <translation>Транслітерація</translation>
    </message>
</context>
<context>
    <name>RomanizationPanel</name>
    <message>
        <source>Type a name in Cyrillic</source>
        <translation>Введіть ім&apos;я кирилицею</translation>
    </message>
    <message>
        <source>Romanization</source>
        <translation>Транслітерація</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Segment %1, paragraph %2</source>
        <extracomment>The project could not be written; the argument is a message for the reviewer. Some decision changed (status bar counts, panels). Some cell text may have changed (an edit, an undo, machine output, rows added); an approval or a rejection keeps the text and does not emit it (the names check listens).</extracomment>
        <translation>Сегмент %1, абзац %2</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Machine translation: %1</source>
        <translation>Машинний переклад: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Коментар: %1</translation>
    </message>
    <message>
        <source>The change could not be saved to the project: %1. Check that the file is still there and writable, then try again.</source>
        <translation>Зміну не вдалося зберегти в проєкті: %1. Перевірте, що файл на місці й доступний для запису, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Your text (copy it from here):
%1</source>
        <translation>Ваш текст (скопіюйте його звідси):
%1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>new</source>
        <extracomment>Soft row tints behind decided cells (None: no tint).</extracomment>
        <translation>новий</translation>
    </message>
    <message>
        <source>machine translated</source>
        <translation>машинний переклад</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>схвалено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Зачекайте</translation>
    </message>
    <message>
        <source>The task failed</source>
        <translation>Завдання не виконано</translation>
    </message>
</context>
<context>
    <name>TranslateController</name>
    <message>
        <source>&amp;Translate document</source>
        <translation>&amp;Перекласти документ</translation>
    </message>
    <message>
        <source>Machine-translate every segment; reviewers&apos; texts are never replaced</source>
        <translation>Машинний переклад усіх сегментів; тексти редакторів не замінюються</translation>
    </message>
    <message>
        <source>Translating into %1…</source>
        <translation>Переклад: %1…</translation>
    </message>
    <message>
        <source>No LibreTranslate server is set. Enter its address in the machine translation settings, or choose the offline Argos engine there.</source>
        <translation>Сервер LibreTranslate не вказано. Вкажіть його адресу в налаштуваннях машинного перекладу або виберіть там рушій Argos, що працює без інтернету.</translation>
    </message>
    <message>
        <source>No translation model for %1 → %2 is installed. Download one or install a .argosmodel file in the model manager.</source>
        <translation>Модель перекладу %1 → %2 не встановлено. Завантажте її або встановіть файл .argosmodel у менеджері моделей.</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation: %n segment(s) stored so far</source>
        <translation>
            <numerusform>Машинний переклад: збережено %n сегмент</numerusform>
            <numerusform>Машинний переклад: збережено %n сегменти</numerusform>
            <numerusform>Машинний переклад: збережено %n сегментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>Перекладено %n сегмент</numerusform>
            <numerusform>Перекладено %n сегменти</numerusform>
            <numerusform>Перекладено %n сегментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the cache</source>
        <translation>
            <numerusform>%n сегмент з кешу</numerusform>
            <numerusform>%n сегменти з кешу</numerusform>
            <numerusform>%n сегментів з кешу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) skipped (no text)</source>
        <translation>
            <numerusform>Пропущено %n сегмент (немає тексту)</numerusform>
            <numerusform>Пропущено %n сегменти (немає тексту)</numerusform>
            <numerusform>Пропущено %n сегментів (немає тексту)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) failed</source>
        <translation>
            <numerusform>Не вдалося перекласти %n сегмент</numerusform>
            <numerusform>Не вдалося перекласти %n сегменти</numerusform>
            <numerusform>Не вдалося перекласти %n сегментів</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation finished</source>
        <translation>Машинний переклад завершено</translation>
    </message>
    <message>
        <source>Machine translation cancelled</source>
        <translation>Машинний переклад скасовано</translation>
    </message>
    <message numerus="yes">
        <source>Translation was cancelled. The %n segment(s) translated before that are kept.</source>
        <translation>
            <numerusform>Переклад скасовано. %n сегмент, перекладений до цього, збережено.</numerusform>
            <numerusform>Переклад скасовано. %n сегменти, перекладені до цього, збережено.</numerusform>
            <numerusform>Переклад скасовано. %n сегментів, перекладених до цього, збережено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation stopped: %1</source>
        <translation>Машинний переклад зупинено: %1</translation>
    </message>
    <message>
        <source>Cannot translate</source>
        <translation>Не вдається перекласти</translation>
    </message>
    <message>
        <source>Open model manager…</source>
        <translation>Відкрити менеджер моделей…</translation>
    </message>
    <message>
        <source>Machine translation settings…</source>
        <translation>Налаштування машинного перекладу…</translation>
    </message>
</context>
</TS>
