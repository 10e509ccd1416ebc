<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>The user name or password is incorrect.</translation>
    </message>
    <message>
        <source>密码至少 {min_password_length} 个字符</source>
        <translation>The password must have at least {min_password_length} characters</translation>
    </message>
    <message>
        <source>密码最多 {max_password_length} 个字符</source>
        <translation>The password may have at most {max_password_length} characters</translation>
    </message>
    <message>
        <source>账户“{username}”已停用，请联系管理员。</source>
        <translation>The account “{username}” is disabled. Please contact the administrator.</translation>
    </message>
    <message>
        <source>账户“{username}”尚未设置密码，请联系管理员设置密码后再登录。</source>
        <translation>The account “{username}” has no password yet. Please ask the administrator to set one, then sign in.</translation>
    </message>
    <message>
        <source>密码连续输错次数过多，账户已锁定，请 {wait} 分钟后再试。</source>
        <translation>Too many wrong passwords in a row: the account is locked. Please try again in {wait} minutes.</translation>
    </message>
    <message>
        <source>密码连续输错 {failed_sign_ins} 次，账户已锁定 {minutes} 分钟。</source>
        <translation>{failed_sign_ins} wrong passwords in a row: the account is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <source>{wrong}再输错 {left} 次，账户将被锁定。</source>
        <translation>{wrong} After {left} more wrong attempts the account will be locked.</translation>
    </message>
    <message>
        <source>数据库中已有账户，请用已有账户登录；新账户由管理员创建。</source>
        <translation>The database already has accounts. Please sign in with an existing account; new accounts are created by the administrator.</translation>
    </message>
    <message>
        <source>姓名过长（最多 50 个字）</source>
        <translation>The name is too long (at most 50 characters)</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>duty activity</translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation>Activity subject</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Activity date</translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation>Leading member</translation>
    </message>
    <message>
        <source>所选议题不存在</source>
        <translation>The selected topic does not exist</translation>
    </message>
    <message>
        <source>尚未到活动时间的活动只能是“筹备中”</source>
        <translation>A session whose date has not come yet can only be “in preparation”</translation>
    </message>
    <message>
        <source>有 {missing} 名委员不存在</source>
        <translation>{missing} members do not exist</translation>
    </message>
    <message>
        <source>请选择履职活动类型</source>
        <translation>Please choose the type of duty activity</translation>
    </message>
    <message>
        <source>没有代码为“{code}”的履职活动类型</source>
        <translation>There is no duty activity type with the code “{code}”</translation>
    </message>
    <message>
        <source>履职活动类型“{label}”已停用</source>
        <translation>The duty activity type “{label}” is disabled</translation>
    </message>
    <message>
        <source>站室组的协商议事请在“协商议事”中登记</source>
        <translation>A platform&apos;s consultation sessions are registered under “Consultation sessions”</translation>
    </message>
    <message>
        <source>类型代码只能由小写英文字母、数字和下划线组成，以字母开头（2 到 32 位）</source>
        <translation>A type code may only contain lowercase letters, digits and underscores, starting with a letter (2 to 32 characters)</translation>
    </message>
    <message>
        <source>类型代码“{code}”已被使用</source>
        <translation>The type code “{code}” is already taken</translation>
    </message>
    <message>
        <source>“{label}”是程序内置的活动类型，不能停用</source>
        <translation>“{label}” is a built-in activity type and cannot be disabled</translation>
    </message>
    <message>
        <source>没有代码为“{code}”的履职活动类型。</source>
        <translation>There is no duty activity type with the code “{code}”.</translation>
    </message>
    <message>
        <source>类型名称不能为空</source>
        <translation>The type name must not be empty</translation>
    </message>
    <message>
        <source>类型名称过长（最多 50 个字）</source>
        <translation>The type name is too long (at most 50 characters)</translation>
    </message>
    <message>
        <source>已有名为“{label}”的履职活动类型</source>
        <translation>A duty activity type named “{label}” already exists</translation>
    </message>
    <message>
        <source>找不到文件“{name}”</source>
        <translation>The file “{name}” could not be found</translation>
    </message>
    <message>
        <source>无法读取文件“{name}”：{value}</source>
        <translation>The file “{name}” could not be read: {value}</translation>
    </message>
    <message>
        <source>“{name}”是符号链接，为安全起见不能作为附件；请直接选择它指向的文件</source>
        <translation>“{name}” is a symbolic link and, for safety, cannot be attached; please choose the file it points to</translation>
    </message>
    <message>
        <source>“{name}”不是普通文件（设备文件、管道或文件夹），不能作为附件</source>
        <translation>“{name}” is not a regular file (a device, pipe or folder) and cannot be attached</translation>
    </message>
    <message>
        <source>文件“{name}”在读取时被替换，未添加</source>
        <translation>The file “{name}” was replaced while being read; not added</translation>
    </message>
    <message>
        <source>请指定附件所属的协商议事活动、意见建议或协商专报（三者选一）</source>
        <translation>Please say which consultation session, suggestion or consultation brief the attachment belongs to (one of the three)</translation>
    </message>
    <message>
        <source>附件说明过长（最多 200 个字）</source>
        <translation>The attachment description is too long (at most 200 characters)</translation>
    </message>
    <message>
        <source>文件“{name}”是空文件</source>
        <translation>The file “{name}” is empty</translation>
    </message>
    <message>
        <source>文件“{name}”有 {value} MB，附件不能超过 {limit_text}</source>
        <translation>The file “{name}” is {value} MB; attachments cannot exceed {limit_text}</translation>
    </message>
    <message>
        <source>文件“{name}”超过 {limit_text}，未添加</source>
        <translation>The file “{name}” exceeds {limit_text}; not added</translation>
    </message>
    <message>
        <source>文件“{name}”在添加过程中被改动，请关闭编辑它的程序后重试</source>
        <translation>The file “{name}” changed while being added; please close the program editing it and try again</translation>
    </message>
    <message>
        <source>找不到附件所属的协商专报（可能已被删除）。</source>
        <translation>The consultation brief the attachment belongs to could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>找不到附件所属的协商议事活动（可能已被删除）。</source>
        <translation>The consultation session the attachment belongs to could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>找不到附件所属的意见建议（可能已被删除）。</source>
        <translation>The suggestion the attachment belongs to could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>请指定协商议事活动、意见建议或协商专报（三者选一）</source>
        <translation>Please give a consultation session, suggestion or consultation brief (one of the three)</translation>
    </message>
    <message>
        <source>找不到该附件（可能已被删除）。</source>
        <translation>The attachment could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>附件“{filename}”的内容不在数据库中（升级前保存在另一台电脑或已丢失的文件），请重新添加该附件。</source>
        <translation>The contents of the attachment “{filename}” are not in the database (a file kept on another computer before the upgrade, or lost); please add the attachment again.</translation>
    </message>
    <message>
        <source>附件“{filename}”的内容不在数据库中，请重新添加该附件。</source>
        <translation>The contents of the attachment “{filename}” are not in the database; please add the attachment again.</translation>
    </message>
    <message>
        <source>该附件已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this attachment. Please refresh and try again.</translation>
    </message>
    <message>
        <source>操作日志缺少第 {expected_seq} 条</source>
        <translation>The audit log lacks entry {expected_seq}</translation>
    </message>
    <message>
        <source>至第 {value} 条（共 {missing} 条）</source>
        <translation> to {value} ({missing} entries)</translation>
    </message>
    <message>
        <source>，可能被删除</source>
        <translation>; they may have been deleted</translation>
    </message>
    <message>
        <source>操作日志第 {seq} 条与前一条的链接不符</source>
        <translation>Audit log entry {seq} does not link to the previous one</translation>
    </message>
    <message>
        <source>操作日志第 {seq} 条的内容被改动过（校验值不符）</source>
        <translation>Audit log entry {seq} has been altered (checksum mismatch)</translation>
    </message>
    <message>
        <source>操作日志缺少链尾记录（audit_head）</source>
        <translation>The audit log lacks its chain-end record (audit_head)</translation>
    </message>
    <message>
        <source>操作日志应有 {seq} 条，现只到第 {value} 条：最后 {value2} 条可能被删除</source>
        <translation>The audit log should have {seq} entries but goes only to entry {value}: the last {value2} may have been deleted</translation>
    </message>
    <message>
        <source>操作日志的链尾记录与最后一条日志不符</source>
        <translation>The audit log&apos;s chain-end record does not match the last entry</translation>
    </message>
    <message>
        <source>……另有 {value} 处问题</source>
        <translation>…and {value} more problems</translation>
    </message>
    <message>
        <source>找不到该条操作日志。</source>
        <translation>The audit log entry could not be found.</translation>
    </message>
    <message>
        <source>导出文件的扩展名应为 .xlsx</source>
        <translation>The export file&apos;s extension must be .xlsx</translation>
    </message>
    <message>
        <source>文件夹“{parent}”不存在</source>
        <translation>The folder “{parent}” does not exist</translation>
    </message>
    <message>
        <source>共享的 PostgreSQL 数据库由数据库管理员在服务器上定期备份；这里可用 pg_dump 另做一份逻辑备份。</source>
        <translation>A shared PostgreSQL database is backed up regularly by the database administrator on the server; here pg_dump can make an extra logical backup.</translation>
    </message>
    <message>
        <source>程序运行时每 {auto_interval_minutes} 分钟、退出时（有修改时）自动备份，每份备份都经过验证。{describe}。</source>
        <translation>While the program runs it backs up automatically every {auto_interval_minutes} minutes and on exit (when something changed); every backup is verified. {describe}.</translation>
    </message>
    <message>
        <source>找不到备份文件：{file}</source>
        <translation>The backup file could not be found: {file}</translation>
    </message>
    <message>
        <source>尚未验证（没有验证记录）</source>
        <translation>Not verified yet (no verification record)</translation>
    </message>
    <message>
        <source>数据库为只读，不能备份：{reason}</source>
        <translation>The database is read-only and cannot be backed up: {reason}</translation>
    </message>
    <message>
        <source>这是损坏文件的只读副本，不能在它上面恢复；请打开原来的数据库文件再恢复。</source>
        <translation>This is a read-only copy of a damaged file and cannot be restored over; please open the original database file and restore there.</translation>
    </message>
    <message>
        <source>该备份与当前数据库的类型不同（SQLite 文件与 PostgreSQL 数据库不能互相恢复）。</source>
        <translation>The backup is of a different kind from the current database (an SQLite file and a PostgreSQL database cannot be restored into each other).</translation>
    </message>
    <message>
        <source>不能在文件夹 {folder} 中写入备份：{value}</source>
        <translation>Backups cannot be written in the folder {folder}: {value}</translation>
    </message>
    <message>
        <source>已{what} {count} 条。</source>
        <translation>{what} {count}.</translation>
    </message>
    <message>
        <source>· {name}：{reason}</source>
        <translation>· {name}: {reason}</translation>
    </message>
    <message>
        <source>
{count} 条未能{what}：
{lines}</source>
        <translation>
{count} could not be {what}:
{lines}</translation>
    </message>
    <message>
        <source>该{noun}已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this {noun}. Please refresh and try again.</translation>
    </message>
    <message>
        <source>找不到该{noun}（可能已被删除）。</source>
        <translation>The {noun} could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{noun}不能归档</source>
        <translation>A {noun} cannot be archived</translation>
    </message>
    <message>
        <source>找不到该协商专报，请检查编号是否正确。</source>
        <translation>The consultation brief could not be found. Please check the number.</translation>
    </message>
    <message>
        <source>找不到该意见建议，请检查编号是否正确。</source>
        <translation>The suggestion could not be found. Please check the number.</translation>
    </message>
    <message>
        <source>找不到该承办单位，请检查编号是否正确。</source>
        <translation>The handling unit could not be found. Please check the number.</translation>
    </message>
    <message>
        <source>没有“{text}”这种文档。可选的文档有：{kinds_text}</source>
        <translation>There is no document of the kind “{text}”. Available documents: {kinds_text}</translation>
    </message>
    <message>
        <source>找不到该委员，请检查编号是否正确。</source>
        <translation>The member could not be found. Please check the number.</translation>
    </message>
    <message>
        <source>生成{label}需要指定{id_noun}的编号。</source>
        <translation>Making the {label} needs the number of the {id_noun}.</translation>
    </message>
    <message>
        <source>编号“{text}”格式不正确，应为 32 位十六进制的记录编号。</source>
        <translation>The number “{text}” is not in the right form; it must be a 32-digit hexadecimal record number.</translation>
    </message>
    <message>
        <source>找不到该协商议事活动，请检查编号是否正确。</source>
        <translation>The consultation session could not be found. Please check the number.</translation>
    </message>
    <message>
        <source>找不到该委员（可能已被删除）。</source>
        <translation>The member could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{month}/{day}/{year}</translation>
    </message>
    <message>
        <source>{first}至{last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>按每年标准的 {months}/12 折算（{period}，约 {months} 个月）</source>
        <translation>Prorated at {months}/12 of the yearly standard ({period}, about {months} months)</translation>
    </message>
    <message>
        <source>按每年标准</source>
        <translation>Yearly standard</translation>
    </message>
    <message>
        <source>参加履职活动 {attended} 次，少于 {min_sessions_attended} 次</source>
        <translation>Took part in {attended} duty activities, fewer than {min_sessions_attended}</translation>
    </message>
    <message>
        <source>无故缺席 {absent} 次，多于 {max_absences} 次</source>
        <translation>Absent without leave {absent} times, more than {max_absences}</translation>
    </message>
    <message>
        <source>提出意见建议 {suggestions} 条，少于 {min_suggestions} 条</source>
        <translation>Raised {suggestions} suggestions, fewer than {min_suggestions}</translation>
    </message>
    <message>
        <source>履职积分 {points} 分，低于 {min_points} 分</source>
        <translation>{points} duty points, below {min_points}</translation>
    </message>
    <message>
        <source>数据包“{name}”的清单格式有误（{exc}），已拒绝导入，数据库未作任何改动。</source>
        <translation>The manifest of the data package “{name}” is malformed ({exc}); it was refused and the database was not changed.</translation>
    </message>
    <message>
        <source>时间“{v}”缺少时区</source>
        <translation>The time “{v}” has no time zone</translation>
    </message>
    <message>
        <source>“{v}”不是是/否值</source>
        <translation>“{v}” is not a yes/no value</translation>
    </message>
    <message>
        <source>“{v}”不是整数</source>
        <translation>“{v}” is not a whole number</translation>
    </message>
    <message>
        <source>“{v}”不是文本</source>
        <translation>“{v}” is not text</translation>
    </message>
    <message>
        <source>“{v}”不是可用的取值</source>
        <translation>“{v}” is not an allowed value</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（不详）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>请选择采用本机的值或对方的值</source>
        <translation>Please choose this computer&apos;s value or the other side&apos;s</translation>
    </message>
    <message>
        <source>找不到该冲突（可能已被处理）。</source>
        <translation>The conflict could not be found (it may have been resolved).</translation>
    </message>
    <message>
        <source>该冲突已被他人处理，请刷新后查看。</source>
        <translation>Someone else has resolved this conflict. Please refresh to see it.</translation>
    </message>
    <message>
        <source>该记录已不在本机，冲突无法处理。</source>
        <translation>The record is no longer on this computer; the conflict cannot be resolved.</translation>
    </message>
    <message>
        <source>数据包文件的扩展名应为 .zip。</source>
        <translation>The data package file&apos;s extension must be .zip.</translation>
    </message>
    <message>
        <source>所选站室组有的不存在。</source>
        <translation>Some of the selected platforms do not exist.</translation>
    </message>
    <message>
        <source>正在导出{label}……</source>
        <translation>Exporting {label}…</translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>这个数据包是本机导出的，不能导入本机。</source>
        <translation>This data package was exported from this computer and cannot be imported here.</translation>
    </message>
    <message>
        <source>发送方“{name}”的密钥与本机记住的不同（记住的指纹 {fingerprint}，数据包的指纹 {print}）。数据包可能被伪造，已拒绝导入。（重装程序或换了电脑的站点会作为新的发送方出现，不会是这种情况；请与对方核实。）</source>
        <translation>The key of the sender “{name}” differs from the one this computer remembers (remembered fingerprint {fingerprint}, package fingerprint {print}). The package may be forged and was refused. (A station that reinstalled the program or changed computers appears as a new sender, so that is not the cause; please check with the other side.)</translation>
    </message>
    <message>
        <source>文件夹“{parent}”不存在。</source>
        <translation>The folder “{parent}” does not exist.</translation>
    </message>
    <message>
        <source>数据包“{name}”{why}，已拒绝导入，数据库未作任何改动。</source>
        <translation>The data package “{name}” {why}; it was refused and the database was not changed.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation>The file “{path}” could not be found.</translation>
    </message>
    <message>
        <source>大小为 {size_text}，超过上限 {size_text2}</source>
        <translation>is {size_text}, over the limit of {size_text2}</translation>
    </message>
    <message>
        <source>不是数据包（不是 zip 文件）</source>
        <translation>is not a data package (not a zip file)</translation>
    </message>
    <message>
        <source>已损坏（{exc}）</source>
        <translation>is damaged ({exc})</translation>
    </message>
    <message>
        <source>含有 {count} 个文件，超过上限</source>
        <translation>contains {count} files, over the limit</translation>
    </message>
    <message>
        <source>含有重名的文件“{name}”</source>
        <translation>contains two files named “{name}”</translation>
    </message>
    <message>
        <source>含有不安全或不认识的文件名“{name}”</source>
        <translation>contains an unsafe or unknown file name “{name}”</translation>
    </message>
    <message>
        <source>含有加密的文件</source>
        <translation>contains encrypted files</translation>
    </message>
    <message>
        <source>中的“{name}”解压后为 {size_text}，超过上限</source>
        <translation>has a file “{name}” that unpacks to {size_text}, over the limit</translation>
    </message>
    <message>
        <source>中的“{name}”压缩比异常（可能是“压缩炸弹”）</source>
        <translation>has a file “{name}” with an abnormal compression ratio (possibly a “zip bomb”)</translation>
    </message>
    <message>
        <source>解压后共 {size_text}，超过上限</source>
        <translation>unpacks to {size_text} in all, over the limit</translation>
    </message>
    <message>
        <source>缺少 {required}</source>
        <translation>lacks {required}</translation>
    </message>
    <message>
        <source>中的“{name}”超过允许的大小</source>
        <translation>has a file “{name}” larger than allowed</translation>
    </message>
    <message>
        <source>的清单（manifest.json）已损坏</source>
        <translation>has a damaged manifest (manifest.json)</translation>
    </message>
    <message>
        <source>不是本程序的数据包</source>
        <translation>is not a data package of this program</translation>
    </message>
    <message>
        <source>的格式版本（{version}）比本程序新，请升级程序后再导入</source>
        <translation>has a format version ({version}) newer than this program; please upgrade the program and import again</translation>
    </message>
    <message>
        <source>的清单缺少“{key}”</source>
        <translation>has a manifest without “{key}”</translation>
    </message>
    <message>
        <source>的清单格式有误</source>
        <translation>has a malformed manifest</translation>
    </message>
    <message>
        <source>的签名无效（数据包被改动过，或不是由所称的发送方导出）</source>
        <translation>has an invalid signature (the package was altered, or was not exported by the sender it names)</translation>
    </message>
    <message>
        <source>的内容与清单不符（“{odd}”）</source>
        <translation>has contents that do not match its manifest (“{odd}”)</translation>
    </message>
    <message>
        <source>中的“{name}”大小与清单不符</source>
        <translation>has a file “{name}” whose size does not match the manifest</translation>
    </message>
    <message>
        <source>中的“{name}”校验值与清单不符（内容被改动过）</source>
        <translation>has a file “{name}” whose checksum does not match the manifest (the contents were altered)</translation>
    </message>
    <message>
        <source>中的“{name}”内容与其校验值不符</source>
        <translation>has a file “{name}” whose contents do not match its checksum</translation>
    </message>
    <message>
        <source>中“{name}”第 {number} 行过长</source>
        <translation>has a file “{name}” whose line {number} is too long</translation>
    </message>
    <message>
        <source>中“{name}”第 {number} 行不是有效的 JSON</source>
        <translation>has a file “{name}” whose line {number} is not valid JSON</translation>
    </message>
    <message>
        <source>中“{name}”第 {number} 行格式有误</source>
        <translation>has a file “{name}” whose line {number} is malformed</translation>
    </message>
    <message>
        <source>数据包中的记录格式有误（{exc}）</source>
        <translation>A record in the data package is malformed ({exc})</translation>
    </message>
    <message>
        <source>{name} 超过 {limit} 个字</source>
        <translation>{name} is longer than {limit} characters</translation>
    </message>
    <message>
        <source>数据包只带来平台联络员的账户。</source>
        <translation>The data package brings only platform coordinators&apos; accounts.</translation>
    </message>
    <message>
        <source>引用的记录（{column}）在本机不存在，也不在数据包中。</source>
        <translation>The referenced record ({column}) exists neither on this computer nor in the data package.</translation>
    </message>
    <message>
        <source>本机已有另一条相同的记录（编号不同），未导入；请核对后在一方删除或改正。</source>
        <translation>This computer already has another identical record (with a different number); not imported. Please check and delete or correct it on one side.</translation>
    </message>
    <message>
        <source>数据包中的记录缺少字段：{join}</source>
        <translation>A record in the data package lacks fields: {join}</translation>
    </message>
    <message>
        <source>（上次之后的变化）</source>
        <translation> (changes since last time)</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>本机数据库中已有数据，不能再用数据包建立；请用已有账户登录后导入数据包。</source>
        <translation>The database on this computer already holds data and cannot be set up from a data package; please sign in with an existing account and import the package.</translation>
    </message>
    <message>
        <source>只能用办公室为某个站室组导出的数据包建立本机数据库（导出时选择站室组）。</source>
        <translation>A database on this computer can only be set up from a package the office exported for one platform (choose the platform when exporting).</translation>
    </message>
    <message>
        <source>数据包中没有该站室组平台联络员的账户，建立后无人能够登录。请办公室先为其建立账户再导出。</source>
        <translation>The data package has no account for the platform&apos;s coordinator, so nobody could sign in after setting up. Please have the office create the account first and export again.</translation>
    </message>
    <message>
        <source>{sum} 条记录</source>
        <translation>{sum} records</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>  {label}：</source>
        <translation>  {label}: </translation>
    </message>
    <message>
        <source>  合计：</source>
        <translation>  Total: </translation>
    </message>
    <message>
        <source>冲突 {count} 处（双方都改了同一字段，已保留本机的值，请在“数据交换”页中逐项选择）：</source>
        <translation>{count} conflicts (both sides changed the same field; this computer&apos;s value was kept; please choose for each one on the “Exchange” page):</translation>
    </message>
    <message>
        <source>  {kind_label}“{record}”的“{field_label}”：原为 {base}，本机改为 {mine}，对方改为 {theirs}</source>
        <translation>  {kind_label} “{record}”, “{field_label}”: was {base}, changed here to {mine}, changed there to {theirs}</translation>
    </message>
    <message>
        <source>拒绝 {count} 条：</source>
        <translation>{count} refused:</translation>
    </message>
    <message>
        <source>  {kind_label}“{record}”：{reason}</source>
        <translation>  {kind_label} “{record}”: {reason}</translation>
    </message>
    <message>
        <source>尚未录入{year}年的法定节假日安排：{year}年交办的意见建议将无法按工作日计算{deadline}。国务院办公厅公布安排后，请在“设置 → 节假日安排”中录入。</source>
        <translation>The official holidays of {year} have not been entered: the {deadline} of suggestions assigned in {year} cannot be counted in working days. Once the State Council General Office publishes them, please enter them under “Settings → Holidays”.</translation>
    </message>
    <message>
        <source>有 {overdue} 条意见建议已超过{deadline}，{soon} 条将在 {within}内到期。</source>
        <translation>{overdue} suggestions are past their {deadline}, {soon} are due within {within}.</translation>
    </message>
    <message>
        <source>有 {overdue} 条意见建议已超过{deadline}。</source>
        <translation>{overdue} suggestions are past their {deadline}.</translation>
    </message>
    <message>
        <source>有 {soon} 条意见建议将在 {within}内到期。</source>
        <translation>{soon} suggestions are due within {within}.</translation>
    </message>
    <message>
        <source>只有管理员可以装入演示数据（同时会创建演示账户）。</source>
        <translation>Only an administrator can load the demo data (it also creates demo accounts).</translation>
    </message>
    <message>
        <source>演示数据只装入空数据库：这个数据库已有站室组、委员或协商议事活动。</source>
        <translation>Demo data can only be loaded into an empty database: this database already has platforms, members or consultation sessions.</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>请选择主办单位</source>
        <translation>Please choose the lead unit</translation>
    </message>
    <message>
        <source>请先登记承办单位，再交办</source>
        <translation>Please register a handling unit first, then assign</translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation>Assignment date</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Date raised</translation>
    </message>
    <message>
        <source>退办日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>办理时限不能早于交办日期（{cn_date}）</source>
        <translation>The handling deadline cannot be earlier than the assignment date ({cn_date})</translation>
    </message>
    <message>
        <source>所选承办单位不存在</source>
        <translation>The selected handling unit does not exist</translation>
    </message>
    <message>
        <source>承办单位“{name}”已归档，不能再交办</source>
        <translation>The handling unit “{name}” is archived and can no longer be assigned</translation>
    </message>
    <message>
        <source>主办单位不能同时是会办单位</source>
        <translation>The lead unit cannot also be a co-handling unit</translation>
    </message>
    <message>
        <source>会办单位有重复</source>
        <translation>The co-handling units contain duplicates</translation>
    </message>
    <message>
        <source>单办时不能指定会办单位</source>
        <translation>Single handling cannot have co-handling units</translation>
    </message>
    <message>
        <source>{label}须至少指定一个会办单位</source>
        <translation>{label} needs at least one co-handling unit</translation>
    </message>
    <message>
        <source>开始办理日期</source>
        <translation>Start of handling date</translation>
    </message>
    <message>
        <source>退办理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>退办须在交办后 {window} 个工作日内提出（截止{cn_date}），已超过期限，不能退办。</source>
        <translation>A return must be made within {window} working days of assignment (by {cn_date}); the period has passed, so it cannot be returned.</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <source>请选择办理结果（A、B 或 C）</source>
        <translation>Please choose the handling result (A, B or C)</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Conclusion date</translation>
    </message>
    <message>
        <source>不予采纳的理由</source>
        <translation>Reason for not adopting</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>重新办理的理由</source>
        <translation>Reason for handling again</translation>
    </message>
    <message>
        <source>重新办理日期</source>
        <translation>Date of handling again</translation>
    </message>
    <message>
        <source>此前最后一次办理日期</source>
        <translation>Last previous handling date</translation>
    </message>
    <message>
        <source>待交办的意见建议没有办理时限</source>
        <translation>A suggestion waiting to be assigned has no handling deadline</translation>
    </message>
    <message>
        <source>新的办理时限不能早于重新办理日期</source>
        <translation>The new handling deadline cannot be earlier than the date of handling again</translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation>Instructing leader</translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation>Instruction text</translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation>Instruction date</translation>
    </message>
    <message>
        <source>催办方式只能是催办、督办或电话沟通</source>
        <translation>The reminder type must be reminder, supervision or phone call</translation>
    </message>
    <message>
        <source>催办内容</source>
        <translation>Reminder text</translation>
    </message>
    <message>
        <source>{label}日期</source>
        <translation>{label} date</translation>
    </message>
    <message>
        <source>这条意见建议没有交办，不能有{label}记录</source>
        <translation>This suggestion has not been assigned, so it cannot have a {label} record</translation>
    </message>
    <message>
        <source>{label}日期不能晚于答复日期（{isoformat}）</source>
        <translation>The {label} date cannot be later than the reply date ({isoformat})</translation>
    </message>
    <message>
        <source>请选择{label}的评价（满意、基本满意或不满意）</source>
        <translation>Please choose the rating for {label} (satisfied, basically satisfied or dissatisfied)</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>Evaluation comment</translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>请选择建议质量评价</source>
        <translation>Please choose the suggestion quality rating</translation>
    </message>
    <message>
        <source>质量评价日期</source>
        <translation>Quality rating date</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>Please enter {label}</translation>
    </message>
    <message>
        <source>{label}不是有效的日期</source>
        <translation>{label} is not a valid date</translation>
    </message>
    <message>
        <source>{label}不能晚于今天</source>
        <translation>{label} cannot be later than today</translation>
    </message>
    <message>
        <source>{label}不能早于{earlier_label}（{cn_date}）</source>
        <translation>{label} cannot be earlier than {earlier_label} ({cn_date})</translation>
    </message>
    <message>
        <source>意见建议处于“{label}”状态，不能{label2}。只有{allowed}的意见建议可以{label2}。</source>
        <translation>The suggestion is “{label}”, so it cannot be {label2}. Only {allowed} suggestions can be {label2}.</translation>
    </message>
    <message>
        <source>{label}不能为空</source>
        <translation>{label} must not be empty</translation>
    </message>
    <message>
        <source>{label}过长（最多 {limit} 个字）</source>
        <translation>{label} is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>该意见建议已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this suggestion. Please refresh and try again.</translation>
    </message>
    <message>
        <source>意见建议的领导批示请在意见建议的办理中登记</source>
        <translation>Leader instructions on a suggestion are registered in the suggestion&apos;s handling</translation>
    </message>
    <message>
        <source>{label}的日期</source>
        <translation>Date of the {label}</translation>
    </message>
    <message>
        <source>找不到该领导批示（可能已被删除）。</source>
        <translation>The leader instruction could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>意见建议的领导批示属于办理记录，不能在这里删除</source>
        <translation>A leader instruction on a suggestion is part of its handling record and cannot be deleted here</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>Database schema version</translation>
    </message>
    <message>
        <source>数据库结构版本为 {current}，不是本程序的最新版本 {head_revision}</source>
        <translation>The database schema version is {current}, not this program&apos;s latest version {head_revision}</translation>
    </message>
    <message>
        <source>{description}：{n} 条</source>
        <translation>{description}: {n}</translation>
    </message>
    <message>
        <source>操作日志防篡改保护</source>
        <translation>Audit log tamper protection</translation>
    </message>
    <message>
        <source>操作日志的防篡改触发器缺失：{join}（操作日志可能已被改动）</source>
        <translation>The audit log&apos;s tamper-protection triggers are missing: {join} (the audit log may have been altered)</translation>
    </message>
    <message>
        <source>操作日志校验链</source>
        <translation>Audit log checksum chain</translation>
    </message>
    <message>
        <source>搜索索引</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>搜索索引收录 {indexed} 条，库中有 {records} 条活动和意见建议，请重建搜索索引（python -m app search --reindex）</source>
        <translation>The search index holds {indexed} entries, the database has {records} sessions and suggestions. Please rebuild the search index (python -m app search --reindex)</translation>
    </message>
    <message>
        <source>附件内容</source>
        <translation>Attachment contents</translation>
    </message>
    <message>
        <source>附件内容缺失：{count} 个（{names}）</source>
        <translation>Attachment contents missing: {count} ({names})</translation>
    </message>
    <message>
        <source>附件内容与登记不符：{count} 个（{names}）</source>
        <translation>Attachment contents do not match their records: {count} ({names})</translation>
    </message>
    <message>
        <source>等</source>
        <translation> and more</translation>
    </message>
    <message>
        <source>SQLite 完整性检查</source>
        <translation>SQLite integrity check</translation>
    </message>
    <message>
        <source>SQLite 完整性检查：{line}</source>
        <translation>SQLite integrity check: {line}</translation>
    </message>
    <message>
        <source>外键检查</source>
        <translation>Foreign key check</translation>
    </message>
    <message>
        <source>外键指向不存在的记录：{count} 处（表：{join}）</source>
        <translation>Foreign keys pointing to records that do not exist: {count} (tables: {join})</translation>
    </message>
    <message>
        <source>{name} {n} 行</source>
        <translation>{name}: {n} rows</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已导出：{parts}。有 {cut} 个单元格超过 Excel 的 32767 字上限，已截断。</source>
        <translation>Exported: {parts}. {cut} cells exceeded Excel&apos;s limit of 32767 characters and were cut.</translation>
    </message>
    <message>
        <source>已导出：{parts}。</source>
        <translation>Exported: {parts}.</translation>
    </message>
    <message>
        <source>未知的工作表：{join}</source>
        <translation>Unknown worksheets: {join}</translation>
    </message>
    <message>
        <source>正在保存文件……</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>正在汇总{name}……</source>
        <translation>Summarising {name}…</translation>
    </message>
    <message>
        <source>已汇总{name}</source>
        <translation>{name} summarised</translation>
    </message>
    <message>
        <source>正在导出{name}……</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <source>导入文件中有 {count} 处错误，未导入任何数据。请改正后重新导入。</source>
        <translation>The import file has {count} errors; nothing was imported. Please correct them and import again.</translation>
    </message>
    <message>
        <source>正在检查能否写入……</source>
        <translation>Checking whether the data can be written…</translation>
    </message>
    <message>
        <source>正在写入数据库……</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <source>正在写入第 {done}/{count} 条……</source>
        <translation>Writing record {done}/{count}…</translation>
    </message>
    <message>
        <source>正在提交……</source>
        <translation>Committing…</translation>
    </message>
    <message>
        <source>它所依赖的{blocked}未能导入</source>
        <translation>the {blocked} it depends on could not be imported</translation>
    </message>
    <message>
        <source>正在写入第 {number}/{total} 条……</source>
        <translation>Writing record {number}/{total}…</translation>
    </message>
    <message>
        <source>第{row}行的{entity_names}</source>
        <translation>the {entity_names} in row {row}</translation>
    </message>
    <message>
        <source>所属意见建议不存在</source>
        <translation>The suggestion it belongs to does not exist</translation>
    </message>
    <message>
        <source>{where}：该{entity_names}已被删除，请重新导出后再导入。</source>
        <translation>{where}: this {entity_names} has been deleted. Please export again, then import.</translation>
    </message>
    <message>
        <source>{where}：{message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>新增{k} {v} 条</source>
        <translation>{v} {k} added</translation>
    </message>
    <message>
        <source>修改{k} {v} 条</source>
        <translation>{v} {k} changed</translation>
    </message>
    <message>
        <source>写入时出错</source>
        <translation>Error while writing</translation>
    </message>
    <message>
        <source>等 {count} 处</source>
        <translation> and {count} more</translation>
    </message>
    <message>
        <source>{where}{more}。未导入任何数据。</source>
        <translation>{where}{more}. Nothing was imported.</translation>
    </message>
    <message>
        <source>导入后将出现完整性问题：{rule}（{value} 条）</source>
        <translation>The import would cause an integrity problem: {rule} ({value} records)</translation>
    </message>
    <message>
        <source>数据库拒绝写入这一行（与已有记录冲突）</source>
        <translation>The database refused to write this row (it conflicts with an existing record)</translation>
    </message>
    <message>
        <source>单元格是公式（{raw}），请改为数值或文字</source>
        <translation>The cell holds a formula ({raw}); please change it to a number or text</translation>
    </message>
    <message>
        <source>版本列应为导出时的原样（如“3”或“3/8f3a9c1e”），请勿修改</source>
        <translation>The version column must stay as exported (such as “3” or “3/8f3a9c1e”); please do not edit it</translation>
    </message>
    <message>
        <source>导出时因超过 Excel 单元格字数上限被截断，不能用截断的内容导入（请在系统中修改）</source>
        <translation>The text was cut on export because it exceeded Excel&apos;s cell limit; cut text cannot be imported (please change it in the program)</translation>
    </message>
    <message>
        <source>号码中含有“*”（导出时隐去了中间四位），请填写完整号码，或保持导出时的原样</source>
        <translation>The number contains “*” (the middle four digits were hidden on export). Please enter the full number or leave it as exported</translation>
    </message>
    <message>
        <source>第{header_row}行</source>
        <translation>row {header_row}</translation>
    </message>
    <message>
        <source>第{first}～{header_row}行</source>
        <translation>rows {first}–{header_row}</translation>
    </message>
    <message>
        <source>第{row}行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>工作表「{sheet}」</source>
        <translation>Worksheet “{sheet}”</translation>
    </message>
    <message>
        <source>「{column}」</source>
        <translation> “{column}”</translation>
    </message>
    <message>
        <source>工作表「{sheet}」第{row}行</source>
        <translation>Worksheet “{sheet}”, row {row}</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>内容过长（{count} 个字，最多 {max_length} 个字）</source>
        <translation>The content is too long ({count} characters, at most {max_length})</translation>
    </message>
    <message>
        <source>无法识别的日期“{cell_text}”</source>
        <translation>Unrecognised date “{cell_text}”</translation>
    </message>
    <message>
        <source>无法识别的日期“{shown}”</source>
        <translation>Unrecognised date “{shown}”</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>Must be a whole number</translation>
    </message>
    <message>
        <source>应为整数，而不是“{cell_text}”</source>
        <translation>Must be a whole number, not “{cell_text}”</translation>
    </message>
    <message>
        <source>不能小于 0</source>
        <translation>Must not be less than 0</translation>
    </message>
    <message>
        <source>应填“是”或“否”，而不是“{text}”</source>
        <translation>Must be “是” (yes) or “否” (no), not “{text}”</translation>
    </message>
    <message>
        <source>无法识别的取值“{text}”（可填：{choices}）</source>
        <translation>Unrecognised value “{text}” (possible values: {choices})</translation>
    </message>
    <message>
        <source>记录编号“{text}”无效（请勿修改此列）</source>
        <translation>The record number “{text}” is invalid (please do not edit this column)</translation>
    </message>
    <message>
        <source>无法从“{text}”中识别办理状态（例如：市交通运输局已办结）</source>
        <translation>The handling state could not be read from “{text}” (for example: 市交通运输局已办结)</translation>
    </message>
    <message>
        <source>无法识别“{item}”中的职务（可填：召集人、站长、联络员）</source>
        <translation>The position in “{item}” could not be recognised (possible values: 召集人, 站长, 联络员)</translation>
    </message>
    <message>
        <source>类别“{label}”无法识别（可填：领导批示、催办、督办、电话沟通）</source>
        <translation>The category “{label}” could not be recognised (possible values: 领导批示, 催办, 督办, 电话沟通)</translation>
    </message>
    <message>
        <source>所属意见建议在系统和本文件中都不存在</source>
        <translation>The suggestion it belongs to exists neither in the database nor in this file</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>{n} 条意见建议的台账没有答复内容，答复记为“{text}”</source>
        <translation>{n} suggestions have no reply in the ledger; the reply is recorded as “{text}”</translation>
    </message>
    <message>
        <source>{n} 条意见建议的台账没有落实情况，办结记为“{text}”</source>
        <translation>{n} suggestions have no implementation in the ledger; the conclusion is recorded as “{text}”</translation>
    </message>
    <message>
        <source>{n} 条意见建议没有交办日期，按所选取提出（活动）日期</source>
        <translation>{n} suggestions have no assignment date; the raised (session) date was used, as chosen</translation>
    </message>
    <message>
        <source>{n} 条意见建议没有答复日期，按所选取办结日期或交办日期</source>
        <translation>{n} suggestions have no reply date; the conclusion or assignment date was used, as chosen</translation>
    </message>
    <message>
        <source>{n} 条意见建议没有办结日期，按所选取答复日期</source>
        <translation>{n} suggestions have no conclusion date; the reply date was used, as chosen</translation>
    </message>
    <message>
        <source>{n} 条意见建议没有评价日期，按所选取办结或答复日期</source>
        <translation>{n} suggestions have no evaluation date; the conclusion or reply date was used, as chosen</translation>
    </message>
    <message>
        <source>{n} 条意见建议没有承办单位，按所选记为默认承办单位</source>
        <translation>{n} suggestions have no handling unit; the default handling unit was recorded, as chosen</translation>
    </message>
    <message>
        <source>{n} 条意见建议没有答复类别，按所选记为默认答复类别</source>
        <translation>{n} suggestions have no reply class; the default reply class was recorded, as chosen</translation>
    </message>
    <message>
        <source>{n} 条意见建议只有一项满意度，三项评价（办前沟通、办中协商、办后答复）都记为它</source>
        <translation>{n} suggestions have only one satisfaction rating; it was recorded for all three (before, during and after handling)</translation>
    </message>
    <message>
        <source>{n} 条意见建议的建议质量评价没有日期，记在最后一个办理日期</source>
        <translation>{n} suggestions have a quality rating without a date; it was recorded on the last handling date</translation>
    </message>
    <message>
        <source>{n} 条不予采纳的意见建议没有决定日期，记在提出日期</source>
        <translation>{n} suggestions not adopted have no decision date; it was recorded on the date raised</translation>
    </message>
    <message>
        <source>{n} 个号码是导出时隐去了中间四位的（如 138****5678），新建的记录未填联系电话，请在系统中补充</source>
        <translation>{n} phone numbers had the middle four digits hidden on export (e.g. 138****5678); the new records have no phone number, please add it in the program</translation>
    </message>
    <message>
        <source>系统中为“{label}”，台账中为“{label2}”，办理状态未改动</source>
        <translation>The program has “{label}”, the ledger “{label2}”; the handling state was not changed</translation>
    </message>
    <message>
        <source>系统中已是“{label}”，台账中为“{label2}”，办理状态未改动</source>
        <translation>The program already has “{label}”, the ledger “{label2}”; the handling state was not changed</translation>
    </message>
    <message>
        <source>系统中为“{label}”，不能改为不予采纳</source>
        <translation>The program has “{label}”; it cannot be changed to not adopted</translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写承办单位</source>
        <translation>A “{label}” suggestion needs a handling unit</translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写交办日期{fill_hint}</source>
        <translation>A “{label}” suggestion needs an assignment date{fill_hint}</translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写答复日期{fill_hint}</source>
        <translation>A “{label}” suggestion needs a reply date{fill_hint}</translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写答复类别（A 解决或采纳、B 列入计划拟解决、C 留作参考），或在导入时选择默认的答复类别</source>
        <translation>A “{label}” suggestion needs a reply class (A solved or adopted, B planned, C kept for reference), or choose a default reply class when importing</translation>
    </message>
    <message>
        <source>已办结的意见建议须填写办结日期{fill_hint}</source>
        <translation>A concluded suggestion needs a conclusion date{fill_hint}</translation>
    </message>
    <message>
        <source>（或在导入时选择“缺少的日期取相邻的已知日期”）</source>
        <translation> (or choose “Take missing dates from the neighbouring known date” when importing)</translation>
    </message>
    <message>
        <source>承办单位与系统中的不同，未改动（已交办的意见建议须退办后重新交办才能更换承办单位）</source>
        <translation>The handling unit differs from the program&apos;s and was not changed (an assigned suggestion must be returned and reassigned to change its handling unit)</translation>
    </message>
    <message>
        <source>只有已答复或已办结的意见建议可以评价</source>
        <translation>Only replied or concluded suggestions can be evaluated</translation>
    </message>
    <message>
        <source>有满意度评价的意见建议须填写评价日期{fill_hint}</source>
        <translation>A suggestion with a satisfaction rating needs an evaluation date{fill_hint}</translation>
    </message>
    <message>
        <source>号码是导出时隐去了中间四位的样子，与系统中的号码不符，未改动</source>
        <translation>The number looks like an export with the middle four digits hidden and differs from the program&apos;s; it was not changed</translation>
    </message>
    <message>
        <source>平台类型和县区属于站室组，请在站室组名册中修改；本行的这一修改未导入</source>
        <translation>Platform type and county/district belong to the platform; please change them in the platform list. This change in the row was not imported</translation>
    </message>
    <message>
        <source>委员“{name}”同时列在「{headers}」和「{headers2}」中</source>
        <translation>The member “{name}” is listed in both “{headers}” and “{headers2}”</translation>
    </message>
    <message>
        <source>意见建议的站室组由所属活动决定，本行对站室组的修改未导入</source>
        <translation>A suggestion&apos;s platform is decided by its session; the change of platform in this row was not imported</translation>
    </message>
    <message>
        <source> {count} 件次</source>
        <translation> {count} instructions</translation>
    </message>
    <message>
        <source>领导批示{what}未导入：台账没有批示领导、日期和完整内容，请在办理页“领导批示”中补录</source>
        <translation>Leader instructions{what} were not imported: the ledger lacks the leader, date and full text. Please add them under “Leader instructions” on the handling page</translation>
    </message>
    <message>
        <source>{later_label}（{later}）早于{earlier_label}（{earlier}）</source>
        <translation>{later_label} ({later}) is earlier than {earlier_label} ({earlier})</translation>
    </message>
    <message>
        <source>所属活动（活动编号）在系统和本文件中都不存在</source>
        <translation>The session it belongs to (session number) exists neither in the database nor in this file</translation>
    </message>
    <message>
        <source>这一行没有填写形成的意见建议，办理情况未导入</source>
        <translation>This row names no resulting suggestion, so its handling was not imported</translation>
    </message>
    <message>
        <source>意见建议“{title}”在本行或前面的行中重复</source>
        <translation>The suggestion “{title}” appears again in this row or an earlier one</translation>
    </message>
    <message>
        <source>第{value}列对应的字段“{key}”不存在</source>
        <translation>The field “{key}” mapped to column {value} does not exist</translation>
    </message>
    <message>
        <source>有两列都对应“{label}”，请只保留一列</source>
        <translation>Two columns are both mapped to “{label}”; please keep only one</translation>
    </message>
    <message>
        <source>没有对应“{join}”的列，无法导入此工作表</source>
        <translation>No column is mapped to “{join}”; this worksheet cannot be imported</translation>
    </message>
    <message>
        <source>正在检查工作表“{name}”第{number}行……</source>
        <translation>Checking worksheet “{name}”, row {number}…</translation>
    </message>
    <message>
        <source>合计行</source>
        <translation>Total row</translation>
    </message>
    <message>
        <source>说明文字</source>
        <translation>Explanatory text</translation>
    </message>
    <message>
        <source>{what}，已跳过</source>
        <translation>{what}, skipped</translation>
    </message>
    <message>
        <source>工作表「{sheet}」第{row}行「{column}」</source>
        <translation>worksheet “{sheet}”, row {row}, “{column}”</translation>
    </message>
    <message>
        <source>与第{first}行是同一条记录，同一记录只能出现一次</source>
        <translation>This is the same record as row {first}; a record may appear only once</translation>
    </message>
    <message>
        <source>“{label}”文件中为“{value}”，系统中现为“{value2}”</source>
        <translation>“{label}” is “{value}” in the file and now “{value2}” in the program</translation>
    </message>
    <message>
        <source>导入方案中的“sheets”应为列表。</source>
        <translation>“sheets” in the import profile must be a list.</translation>
    </message>
    <message>
        <source>导入方案应为 JSON 对象，如 {&quot;sheets&quot;: [...]}。</source>
        <translation>The import profile must be a JSON object, such as {&quot;sheets&quot;: [...]}.</translation>
    </message>
    <message>
        <source>导入方案的取值对应有误：{message}</source>
        <translation>The value mapping of the import profile is wrong: {message}</translation>
    </message>
    <message>
        <source>{key}（{label}）</source>
        <translation>{key} ({label})</translation>
    </message>
    <message>
        <source>导入方案中的表类型“{value}”无效。可用：{choices}。</source>
        <translation>The sheet type “{value}” in the import profile is invalid. Possible types: {choices}.</translation>
    </message>
    <message>
        <source>导入方案中“{column}”对应的字段“{value}”无效。可用字段：{choices}。</source>
        <translation>The field “{value}” for “{column}” in the import profile is invalid. Possible fields: {choices}.</translation>
    </message>
    <message>
        <source>没有名为“{name}”的导入方案。已保存的方案：{value}。</source>
        <translation>There is no import profile named “{name}”. Saved profiles: {value}.</translation>
    </message>
    <message>
        <source>请填写方案名称</source>
        <translation>Please enter a profile name</translation>
    </message>
    <message>
        <source>方案名称过长（最多 100 个字）</source>
        <translation>The profile name is too long (at most 100 characters)</translation>
    </message>
    <message>
        <source>“{text}”既不是已保存的导入方案，也不是 JSON 文件。已保存的方案：{value}。</source>
        <translation>“{text}” is neither a saved import profile nor a JSON file. Saved profiles: {value}.</translation>
    </message>
    <message>
        <source>导入方案不是有效的 JSON（第 {lineno} 行第 {colno} 列：{msg_}）。</source>
        <translation>The import profile is not valid JSON (line {lineno}, column {colno}: {msg_}).</translation>
    </message>
    <message>
        <source>工作簿“{name}”的内容已损坏，无法读取（{name2}）。请在 Excel 中打开并另存后再导入。</source>
        <translation>The contents of the workbook “{name}” are damaged and cannot be read ({name2}). Please open it in Excel, save it again and then import.</translation>
    </message>
    <message>
        <source>工作表“{title}”超过一次导入的上限 {max_rows} 行。请拆分成多个文件后再导入。</source>
        <translation>The worksheet “{title}” exceeds the limit of {max_rows} rows per import. Please split it into several files and import them.</translation>
    </message>
    <message>
        <source>工作簿“{name}”中已没有工作表“{sheet}”，请重新选择文件。</source>
        <translation>The workbook “{name}” no longer has the worksheet “{sheet}”. Please choose the file again.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”，请重新选择。</source>
        <translation>The file “{path}” could not be found. Please choose it again.</translation>
    </message>
    <message>
        <source>文件“{name}”在读取后被修改过，请重新选择文件。</source>
        <translation>The file “{name}” was changed after it was read. Please choose the file again.</translation>
    </message>
    <message>
        <source>正在读取工作表“{title}”……</source>
        <translation>Reading worksheet “{title}”…</translation>
    </message>
    <message>
        <source>已读取工作表“{title}”{number} 行……</source>
        <translation>Read {number} rows of worksheet “{title}”…</translation>
    </message>
    <message>
        <source>工作表「{name}」在工作簿中是隐藏的，不导入（需要时可在导入时指定表类型）。</source>
        <translation>Worksheet “{name}” is hidden in the workbook and is not imported (you can choose its sheet type when importing if needed).</translation>
    </message>
    <message>
        <source>工作表「{name}」是统计数字，不导入。</source>
        <translation>Worksheet “{name}” holds statistics and is not imported.</translation>
    </message>
    <message>
        <source>工作表「{name}」是程序导出的{name}，供查阅和存档，不导入（请在程序中登记和修改）。</source>
        <translation>Worksheet “{name}” is the program&apos;s own export of {name}, for reference and archiving; it is not imported (please register and change records in the program).</translation>
    </message>
    <message>
        <source>工作表「{name}」中没有找到台账的表头，不导入。</source>
        <translation>No ledger header was found in worksheet “{name}”; it is not imported.</translation>
    </message>
    <message>
        <source>工作表「{name}」按“{target_label}”导入，表头在{header_span}，共 {data_rows} 行数据。</source>
        <translation>Worksheet “{name}” is imported as “{target_label}”, header in {header_span}, {data_rows} data rows.</translation>
    </message>
    <message>
        <source>第{number}行是填报信息（{joined}），不导入。</source>
        <translation>Row {number} is form information ({joined}) and is not imported.</translation>
    </message>
    <message>
        <source>第{number}行是标题“{joined}”，不导入。</source>
        <translation>Row {number} is the title “{joined}” and is not imported.</translation>
    </message>
    <message>
        <source>合并的表头“{group}”下分为：{join}。</source>
        <translation>The merged header “{group}” is split into: {join}.</translation>
    </message>
    <message>
        <source>{join}列是序号，不导入。</source>
        <translation>Column(s) {join} hold serial numbers and are not imported.</translation>
    </message>
    <message>
        <source>隐藏的列 {join} 不导入（需要时可在下方手动对应）。</source>
        <translation>The hidden column(s) {join} are not imported (you can map them by hand below if needed).</translation>
    </message>
    <message>
        <source>标题中的站室组“{platform}”将用于本表没有填写站室组的行。</source>
        <translation>The platform “{platform}” in the title will be used for rows of this sheet that give no platform.</translation>
    </message>
    <message>
        <source>{noun}：新增 {created} {unit}，修改 {updated} {unit}，无变化 {same} {unit}</source>
        <translation>{noun}: {created} new, {updated} changed, {same} unchanged</translation>
    </message>
    <message>
        <source>文件中没有可导入的记录。</source>
        <translation>The file has no records to import.</translation>
    </message>
    <message>
        <source>{noun}：新增 {created} {unit}，修改 {updated} {unit}</source>
        <translation>{noun}: {created} new, {updated} changed</translation>
    </message>
    <message>
        <source>没有需要修改的记录，数据库未变。</source>
        <translation>No records need changing; the database is unchanged.</translation>
    </message>
    <message>
        <source>工作表「{sheet}」：</source>
        <translation>Worksheet “{sheet}”:</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>「{column}」{message}</source>
        <translation>“{column}” {message}</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>没有填写站室组（本表也没有“站室组”列，请在导入时指定站室组）</source>
        <translation>No platform given (this sheet has no “站室组” column either; please choose a platform when importing)</translation>
    </message>
    <message>
        <source>平台类型</source>
        <translation>platform type</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>county/district</translation>
    </message>
    <message>
        <source>找不到站室组“{name}”。如需新建，请填写{missing}（在本行的列中，或导入时指定县区；名称也可写明，如“城西区胜利路委员驿站”）</source>
        <translation>The platform “{name}” could not be found. To create it, please give its {missing} (in this row&apos;s columns, or choose a county/district when importing; the name may also say it, e.g. “城西区胜利路委员驿站”)</translation>
    </message>
    <message>
        <source>{name}（{label}，{district}）</source>
        <translation>{name} ({label}, {district})</translation>
    </message>
    <message>
        <source>有 {count} 位名为“{name}”的委员，无法区分，请先在委员名册中区分重名委员</source>
        <translation>There are {count} members named “{name}” who cannot be told apart. Please distinguish them in the member list first</translation>
    </message>
    <message>
        <source>找不到议题为“{topic}”的协商议事活动</source>
        <translation>No consultation session with the topic “{topic}” was found</translation>
    </message>
    <message>
        <source>议题为“{topic}”的协商议事活动有 {count} 次，无法确定是哪一次，请填写站室组</source>
        <translation>There are {count} consultation sessions with the topic “{topic}”; which one is meant cannot be told. Please give the platform</translation>
    </message>
    <message>
        <source>将新建站室组 {n} 个：{names}</source>
        <translation>{n} new platforms will be created: {names}</translation>
    </message>
    <message>
        <source>将新建承办单位 {n} 个：{names}</source>
        <translation>{n} new handling units will be created: {names}</translation>
    </message>
    <message>
        <source>将新建委员 {n} 名（只有姓名，其他信息请在委员名册中补充）：{names}</source>
        <translation>{n} new members will be created (name only; please complete the rest in the member list): {names}</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>handling unit</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>member</translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation>consultation session</translation>
    </message>
    <message>
        <source>文件与系统中都是第 {version} 版，但不是同一次修改</source>
        <translation>Both the file and the database have version {version}, but not from the same change</translation>
    </message>
    <message>
        <source>文件中为第 {expected_version} 版，系统中已是第 {version} 版</source>
        <translation>The file has version {expected_version}, the database already has version {version}</translation>
    </message>
    <message>
        <source>{both_values}。</source>
        <translation>{both_values}. </translation>
    </message>
    <message>
        <source>该{get}在导出后已被修改（{versions}）。{both}为免覆盖别人的修改，这一行未导入，请重新导出后再改这一行</source>
        <translation>This {get} was changed after the export ({versions}). {both}So as not to overwrite someone else&apos;s change, this row was not imported; please export again and then edit this row</translation>
    </message>
    <message>
        <source>不支持按“{key}”排序</source>
        <translation>Sorting by “{key}” is not supported</translation>
    </message>
    <message>
        <source>不支持按“{key}”筛选</source>
        <translation>Filtering by “{key}” is not supported</translation>
    </message>
    <message>
        <source>列表的排序已改变，请从第一页重新读取</source>
        <translation>The list&apos;s sort order has changed. Please read it again from the first page</translation>
    </message>
    <message>
        <source>单位名称不能为空</source>
        <translation>The office name must not be empty</translation>
    </message>
    <message>
        <source>单位名称过长（最多 {limit} 个字）</source>
        <translation>The office name is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>handling deadline</translation>
    </message>
    <message>
        <source>退办期限</source>
        <translation>Return period</translation>
    </message>
    <message>
        <source>到期提醒天数</source>
        <translation>Days of due-date warning</translation>
    </message>
    <message>
        <source>附件大小上限</source>
        <translation>Attachment size limit</translation>
    </message>
    <message>
        <source>每年最少参加履职活动次数</source>
        <translation>Minimum duty activities attended per year</translation>
    </message>
    <message>
        <source>每年最多缺席次数</source>
        <translation>Maximum absences per year</translation>
    </message>
    <message>
        <source>每年最少提出意见建议条数</source>
        <translation>Minimum suggestions raised per year</translation>
    </message>
    <message>
        <source>每年最低履职积分</source>
        <translation>Minimum duty points per year</translation>
    </message>
    <message>
        <source>年份应在 2000 年至 2100 年之间</source>
        <translation>The year must be between 2000 and 2100</translation>
    </message>
    <message>
        <source>日期 {isoformat} 不在 {year} 年内</source>
        <translation>The date {isoformat} is not in {year}</translation>
    </message>
    <message>
        <source>{isoformat} 不能既是节假日又是调休上班日</source>
        <translation>{isoformat} cannot be both a holiday and a make-up working day</translation>
    </message>
    <message>
        <source>“{what}”已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed “{what}”. Please refresh and try again.</translation>
    </message>
    <message>
        <source>{label}应为 {low} 到 {high} 之间的整数</source>
        <translation>{label} must be a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>{total} {unit}{what}（{detail}）</source>
        <translation>{total} {what} ({detail})</translation>
    </message>
    <message>
        <source>协商议事活动尚未办结</source>
        <translation>consultation sessions not yet concluded</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>条</source>
        <translation>items</translation>
    </message>
    <message>
        <source>意见建议尚未办结</source>
        <translation>suggestions not yet concluded</translation>
    </message>
    <message>
        <source>名册上还有 {members} 名委员（归档不会让他们离开该{platform}）</source>
        <translation>{members} members are still on the roster (archiving does not remove them from the {platform})</translation>
    </message>
    <message>
        <source>是 {planned} 次筹备中的协商议事活动的召集人</source>
        <translation>Convener of {planned} consultation sessions in preparation</translation>
    </message>
    <message>
        <source>本人提出的意见建议尚未办结</source>
        <translation>suggestions raised by this member not yet concluded</translation>
    </message>
    <message>
        <source>仍在 {platforms} 个{platform}的名册上</source>
        <translation>Still on the roster of {platforms} {platform}s</translation>
    </message>
    <message>
        <source>主办的意见建议尚未答复</source>
        <translation>suggestions led by this unit not yet replied to</translation>
    </message>
    <message>
        <source>会办的 {co} 条意见建议尚未答复</source>
        <translation>{co} co-handled suggestions not yet replied to</translation>
    </message>
    <message>
        <source>这条意见建议尚未办结（{label}）</source>
        <translation>This suggestion is not concluded yet ({label})</translation>
    </message>
    <message>
        <source>社情民意信息</source>
        <translation>public-opinion report</translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation>Report content</translation>
    </message>
    <message>
        <source>其他报送人</source>
        <translation>Other submitters</translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation>Adopting body</translation>
    </message>
    <message>
        <source>签发期号</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation>Adoption date</translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>填写了采用单位，请同时填写采用日期</source>
        <translation>An adopting body is given; please give the adoption date too</translation>
    </message>
    <message>
        <source>填写了签发期号，请同时填写签发日期</source>
        <translation>An issue number is given; please give the issue date too</translation>
    </message>
    <message>
        <source>{label}不登记成果转化</source>
        <translation>A {label} does not record outcomes</translation>
    </message>
    <message>
        <source>请选择成果转化的类型</source>
        <translation>Please choose the type of outcome</translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation>Document number or project</translation>
    </message>
    <message>
        <source>转化日期</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>找不到该成果转化记录（可能已被删除）。</source>
        <translation>The outcome record could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{label}不登记反馈群众情况</source>
        <translation>A {label} does not record feedback to residents</translation>
    </message>
    <message>
        <source>该{label}已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this {label}. Please refresh and try again.</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Feedback content</translation>
    </message>
    <message>
        <source>不公开的理由</source>
        <translation>Reason for not publishing</translation>
    </message>
    <message>
        <source>请选择反馈方式</source>
        <translation>Please choose how the feedback was given</translation>
    </message>
    <message>
        <source>请填写反馈日期</source>
        <translation>Please enter the feedback date</translation>
    </message>
    <message>
        <source>不公开的，请写明理由</source>
        <translation>If it is not published, please give the reason</translation>
    </message>
    <message>
        <source>只有管理员和工作人员可以{what}。</source>
        <translation>Only administrators and clerks can {what}.</translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复数据库。</source>
        <translation>Only an administrator can restore the database from a backup.</translation>
    </message>
    <message>
        <source>请选择{platform}类型（委员驿站、委员工作室或委员联络组）</source>
        <translation>Please choose the {platform} type (member station, member studio or member liaison group)</translation>
    </message>
    <message>
        <source>已有名为“{values}”的{platform}</source>
        <translation>A {platform} named “{values}” already exists</translation>
    </message>
    <message>
        <source>没有代码为“{category}”的履职活动类型</source>
        <translation>There is no duty activity type with the code “{category}”</translation>
    </message>
    <message>
        <source>{name}“{label}”的分值应为 0 到 {max_points} 的整数</source>
        <translation>The points for {name} “{label}” must be a whole number from 0 to {max_points}</translation>
    </message>
    <message>
        <source>{name}的每年积分上限应为 0 到 {max_cap} 的整数（0 表示不设上限）</source>
        <translation>The yearly points cap for {name} must be a whole number from 0 to {max_cap} (0 means no cap)</translation>
    </message>
    <message>
        <source>评价等次的分数线应为 0 到 10000 的整数</source>
        <translation>The score thresholds for the evaluation grades must be whole numbers from 0 to 10000</translation>
    </message>
    <message>
        <source>分数线应依次降低：优秀高于称职，称职高于基本称职</source>
        <translation>The thresholds must go down in order: excellent above competent, competent above basically competent</translation>
    </message>
    <message>
        <source>没有“{kind}”这种文档</source>
        <translation>There is no document of the kind “{kind}”</translation>
    </message>
    <message>
        <source>{prefix_labels}的发文字号前缀过长（最多 {limit} 个字）</source>
        <translation>The document number prefix of {prefix_labels} is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>{prefix_labels}的发文字号前缀只填机关代字，年份和序号由程序加上</source>
        <translation>The document number prefix of {prefix_labels} holds only the office&apos;s abbreviation; the year and serial number are added by the program</translation>
    </message>
    <message>
        <source>抄送单位过长（最多 {cc_limit} 个字）</source>
        <translation>The copy-to list is too long (at most {cc_limit} characters)</translation>
    </message>
    <message>
        <source>没有“{role}”这种字体用途</source>
        <translation>There is no font use “{role}”</translation>
    </message>
    <message>
        <source>{font_role_labels}应选择 .ttf、.ttc 或 .otf 字体文件</source>
        <translation>{font_role_labels} must be a .ttf, .ttc or .otf font file</translation>
    </message>
    <message>
        <source>政协机关</source>
        <translation>the CPPCC office</translation>
    </message>
    <message>
        <source>另一{platform}</source>
        <translation>another {platform}</translation>
    </message>
    <message>
        <source>所选议题列入的是{whose}的计划，请选择本{platform}的议题，或先修改议题的承办</source>
        <translation>The selected topic is in the plan of {whose}; please choose a topic of this {platform}, or first change who handles the topic</translation>
    </message>
    <message>
        <source>{label}不在合理范围内</source>
        <translation>{label} is out of range</translation>
    </message>
    <message>
        <source>{label}不能早于{after}</source>
        <translation>{label} cannot be earlier than {after}</translation>
    </message>
    <message>
        <source>所选{platform}不存在</source>
        <translation>The selected {platform} does not exist</translation>
    </message>
    <message>
        <source>所选{label}不存在</source>
        <translation>The selected {label} does not exist</translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation>research report</translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>其他执笔人</source>
        <translation>Other authors</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date written</translation>
    </message>
    <message>
        <source>所选履职活动不存在</source>
        <translation>The selected duty activity does not exist</translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation>consultation brief</translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation>Brief title</translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>专报正文</source>
        <translation>Brief text</translation>
    </message>
    <message>
        <source>专报已编号“{number}”，报送日期不能改到另一年</source>
        <translation>The brief is numbered “{number}”; its submission date cannot move to another year</translation>
    </message>
    <message>
        <source>一期专报只报送一次协商议事活动或一项履职活动，请只选一项</source>
        <translation>A brief reports on one consultation session or one duty activity only; please choose just one</translation>
    </message>
    <message>
        <source>所选协商议事活动不存在</source>
        <translation>The selected consultation session does not exist</translation>
    </message>
    <message>
        <source>找不到该站室组（可能已被删除）。</source>
        <translation>The platform could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>找不到该委员</source>
        <translation>The member could not be found</translation>
    </message>
    <message>
        <source>委员“{name}”已归档，不能加入名册</source>
        <translation>The member “{name}” is archived and cannot join a roster</translation>
    </message>
    <message>
        <source>加入日期不能晚于今天</source>
        <translation>The joining date cannot be later than today</translation>
    </message>
    <message>
        <source>离开日期不能晚于今天</source>
        <translation>The leaving date cannot be later than today</translation>
    </message>
    <message>
        <source>离开日期不能早于加入日期</source>
        <translation>The leaving date cannot be earlier than the joining date</translation>
    </message>
    <message>
        <source>找不到该成员记录（可能已被删除）。</source>
        <translation>The membership record could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>该成员记录已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this membership record. Please refresh and try again.</translation>
    </message>
    <message>
        <source>该委员在这段时间已在名册中（与另一条成员记录的日期重叠）</source>
        <translation>The member is already on the roster during this period (the dates overlap another membership record)</translation>
    </message>
    <message>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be later than the end date</translation>
    </message>
    <message>
        <source>日期“{text}”格式不正确，请写成 YYYY-MM-DD</source>
        <translation>The date “{text}” is not in the right form; please write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{platform}编号“{platform2}”格式不正确</source>
        <translation>The {platform} number “{platform2}” is not in the right form</translation>
    </message>
    <message>
        <source>找不到该站室组，请检查编号是否正确。</source>
        <translation>The platform could not be found. Please check the number.</translation>
    </message>
    <message>
        <source>不支持搜索“{unknown}”</source>
        <translation>Searching “{unknown}” is not supported</translation>
    </message>
    <message>
        <source>状态“{state}”无效</source>
        <translation>The state “{state}” is invalid</translation>
    </message>
    <message>
        <source>第 {i} 位参会人员的姓名不能为空</source>
        <translation>The name of participant {i} must not be empty</translation>
    </message>
    <message>
        <source>第 {i} 位参会人员的姓名过长（最多 {name_limit} 个字）</source>
        <translation>The name of participant {i} is too long (at most {name_limit} characters)</translation>
    </message>
    <message>
        <source>第 {i} 位参会人员的单位或职务过长（最多 {org_limit} 个字）</source>
        <translation>The organisation or position of participant {i} is too long (at most {org_limit} characters)</translation>
    </message>
    <message>
        <source>请选择议题来源</source>
        <translation>Please choose where the topic comes from</translation>
    </message>
    <message>
        <source>请填写活动时间</source>
        <translation>Please enter the date of the session</translation>
    </message>
    <message>
        <source>活动时间不在合理范围内（2000年至两年后）</source>
        <translation>The session date is out of range (from 2000 to two years from now)</translation>
    </message>
    <message>
        <source>请选择举办活动的站室组</source>
        <translation>Please choose the platform holding the session</translation>
    </message>
    <message>
        <source>请先登记站室组，再登记协商议事活动</source>
        <translation>Please register a platform first, then the consultation session</translation>
    </message>
    <message>
        <source>所选站室组不存在</source>
        <translation>The selected platform does not exist</translation>
    </message>
    <message>
        <source>所选召集人不存在</source>
        <translation>The selected convener does not exist</translation>
    </message>
    <message>
        <source>该协商议事活动已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this consultation session. Please refresh and try again.</translation>
    </message>
    <message>
        <source>活动日期尚未到来，不能标记为已召开</source>
        <translation>The session date has not come yet, so it cannot be marked as held</translation>
    </message>
    <message>
        <source>有 {count} 名委员不存在</source>
        <translation>{count} members do not exist</translation>
    </message>
    <message>
        <source>找不到该{label}（可能已被删除）。</source>
        <translation>The {label} could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>一条意见建议只能属于一次协商议事活动或一项履职活动</source>
        <translation>A suggestion can belong to only one consultation session or one duty activity</translation>
    </message>
    <message>
        <source>所属履职活动不存在</source>
        <translation>The duty activity it belongs to does not exist</translation>
    </message>
    <message>
        <source>所属协商议事活动不存在</source>
        <translation>The consultation session it belongs to does not exist</translation>
    </message>
    <message>
        <source>请选择所属活动或站室组</source>
        <translation>Please choose the activity or platform it belongs to</translation>
    </message>
    <message>
        <source>请先登记站室组，再登记意见建议</source>
        <translation>Please register a platform first, then the suggestion</translation>
    </message>
    <message>
        <source>所选提出人不存在</source>
        <translation>The selected proposer does not exist</translation>
    </message>
    <message>
        <source>只有办公室工作人员可以选定典型成果。</source>
        <translation>Only office clerks can select typical results.</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>提出者</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>确定机关</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation>Collection date</translation>
    </message>
    <message>
        <source>协商议事由站室组举办：请选择站室组，或把活动形式改为专题协商等</source>
        <translation>Consultation sessions are held by platforms: please choose a platform, or change the activity form to a special consultation or similar</translation>
    </message>
    <message>
        <source>确定日期</source>
        <translation>Confirmation date</translation>
    </message>
    <message>
        <source>请填写计划年度（2000 至 2100 年）</source>
        <translation>Please enter the plan year (2000 to 2100)</translation>
    </message>
    <message>
        <source>计划月份应为 1 到 12</source>
        <translation>The plan month must be 1 to 12</translation>
    </message>
    <message>
        <source>未采用的议题请写明理由</source>
        <translation>Please give the reason for a topic not adopted</translation>
    </message>
    <message>
        <source>该{noun}已处于“{label}”状态。</source>
        <translation>The {noun} is already “{label}”.</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>不能将{noun}从“{label}”改为“{target}”。</source>
        <translation>The {noun} cannot be changed from “{label}” to “{target}”.</translation>
    </message>
    <message>
        <source>{refused}当前状态只能改为：{allowed}。</source>
        <translation>{refused} From its current state it can only be changed to: {allowed}.</translation>
    </message>
    <message>
        <source>已有名为“{values}”的承办单位</source>
        <translation>A handling unit named “{values}” already exists</translation>
    </message>
    <message>
        <source>用户名不能为空</source>
        <translation>The user name must not be empty</translation>
    </message>
    <message>
        <source>用户名最多 50 个字符，不能含空格和 / \ : * ? &quot; &lt; &gt; | 等符号</source>
        <translation>The user name may have at most 50 characters and no spaces or symbols such as / \ : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>用户名“{name}”已被使用</source>
        <translation>The user name “{name}” is already taken</translation>
    </message>
    <message>
        <source>没有名为“{username}”的账户。</source>
        <translation>There is no account named “{username}”.</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账户</source>
        <translation>You cannot disable the account you are signed in with</translation>
    </message>
    <message>
        <source>找不到当前登录的账户。</source>
        <translation>The signed-in account could not be found.</translation>
    </message>
    <message>
        <source>当前密码不正确</source>
        <translation>The current password is incorrect</translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <source>找不到该账户（可能已被删除）。</source>
        <translation>The account could not be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>该账户已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this account. Please refresh and try again.</translation>
    </message>
    <message>
        <source>平台联络员必须指定负责的站室组（可多选）</source>
        <translation>A platform coordinator must be given the platforms they look after (one or more)</translation>
    </message>
    <message>
        <source>站室组“{name}”已归档</source>
        <translation>The platform “{name}” is archived</translation>
    </message>
    <message>
        <source>至少要保留一个可以登录的管理员账户</source>
        <translation>At least one administrator account that can sign in must remain</translation>
    </message>
    <message>
        <source>{label}过长（最多 {max_length} 个字）</source>
        <translation>{label} is too long (at most {max_length} characters)</translation>
    </message>
    <message>
        <source>{label}应在 {low} 到 {high} {unit}之间</source>
        <translation>{label} must be between {low} and {high} {unit}</translation>
    </message>
    <message>
        <source>{where}中的取值类别“{vocabulary}”不存在</source>
        <translation>The value category “{vocabulary}” in {where} does not exist</translation>
    </message>
    <message>
        <source>{where}中“{word}”对应的取值“{code}”不是{names}的取值</source>
        <translation>In {where}, the value “{code}” for “{word}” is not a value of {names}</translation>
    </message>
    <message>
        <source>{vocabulary}.toml 中“{word}”对应了两个取值</source>
        <translation>In {vocabulary}.toml, “{word}” maps to two values</translation>
    </message>
    <message>
        <source>找不到文件“{file}”。</source>
        <translation>The file “{file}” could not be found.</translation>
    </message>
    <message>
        <source>文件“{name}”大小为 {size_text}，超过导入上限 {size_text2}。</source>
        <translation>The file “{name}” is {size_text}, over the import limit of {size_text2}.</translation>
    </message>
    <message>
        <source>文件“{name}”已损坏，无法读取（{value}）。</source>
        <translation>The file “{name}” is damaged and cannot be read ({value}).</translation>
    </message>
    <message>
        <source>工作簿“{name}”设置了打开密码（已加密），无法导入。请在 Excel 中取消密码后另存为 .xlsx 再导入。</source>
        <translation>The workbook “{name}” has an opening password (it is encrypted) and cannot be imported. Please remove the password in Excel, save it as .xlsx and import again.</translation>
    </message>
    <message>
        <source>文件“{name}”是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx。请在 Excel 中另存为“Excel 工作簿(*.xlsx)”后再导入。</source>
        <translation>The file “{name}” is an old Excel 97-2003 workbook (.xls), not .xlsx. Please save it in Excel as “Excel Workbook (*.xlsx)” and import again.</translation>
    </message>
    <message>
        <source>文件“{name}”是旧版 Office 文件，不是 Excel 工作簿（.xlsx），无法导入。</source>
        <translation>The file “{name}” is an old Office file, not an Excel workbook (.xlsx), and cannot be imported.</translation>
    </message>
    <message>
        <source>文件“{name}”不是 Excel 工作簿（.xlsx），无法导入。如果是 CSV、WPS 表格或网页格式，请先用 Excel 另存为“Excel 工作簿(*.xlsx)”。</source>
        <translation>The file “{name}” is not an Excel workbook (.xlsx) and cannot be imported. If it is CSV, WPS or a web page, please first save it in Excel as “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>工作簿“{name}”含有宏（VBA 代码），为安全起见不予导入。请在 Excel 中另存为不含宏的“Excel 工作簿(*.xlsx)”后再导入。</source>
        <translation>The workbook “{name}” contains macros (VBA code) and, for safety, is not imported. Please save it in Excel as a macro-free “Excel Workbook (*.xlsx)” and import again.</translation>
    </message>
    <message>
        <source>工作簿“{name}”包含 {count} 个部件，超过上限 {max_entries} 个，已拒绝导入。</source>
        <translation>The workbook “{name}” has {count} parts, over the limit of {max_entries}; it was refused.</translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>PowerPoint 演示文稿</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>文件“{name}”是{kind}，不是 Excel 工作簿。</source>
        <translation>The file “{name}” is {kind}, not an Excel workbook.</translation>
    </message>
    <message>
        <source>工作簿“{name}”解压后超过 {size_text} 的上限，疑似压缩炸弹，已拒绝导入。</source>
        <translation>The workbook “{name}” unpacks to more than the limit of {size_text}; it looks like a zip bomb and was refused.</translation>
    </message>
    <message>
        <source>工作簿“{name}”中的“{part}”已损坏，无法读取（{reason}）。请在 Excel 中打开并另存后再导入。</source>
        <translation>The part “{part}” of the workbook “{name}” is damaged and cannot be read ({reason}). Please open it in Excel, save it again and then import.</translation>
    </message>
    <message>
        <source>工作簿“{name}”中的部件“{filename}”解压后为 {size_text}，超过上限 {size_text2}，已拒绝导入。</source>
        <translation>The part “{filename}” of the workbook “{name}” unpacks to {size_text}, over the limit of {size_text2}; it was refused.</translation>
    </message>
    <message>
        <source>工作簿“{name}”中的部件“{filename}”压缩比异常（{ratio}:1，上限 {max_ratio}:1），疑似压缩炸弹，已拒绝导入。</source>
        <translation>The part “{filename}” of the workbook “{name}” has an abnormal compression ratio ({ratio}:1, limit {max_ratio}:1); it looks like a zip bomb and was refused.</translation>
    </message>
    <message>
        <source>工作簿“{name}”中的“{filename}”含有 XML 实体或文档类型声明（DTD），这是“XML 炸弹”等攻击使用的写法，已拒绝导入。</source>
        <translation>“{filename}” in the workbook “{name}” contains XML entities or a document type declaration (DTD), as used by attacks such as the “XML bomb”; it was refused.</translation>
    </message>
    <message>
        <source>工作簿“{name}”中的“{filename}”已损坏，无法读取（{exc}）。</source>
        <translation>“{filename}” in the workbook “{name}” is damaged and cannot be read ({exc}).</translation>
    </message>
    <message>
        <source>工作簿“{name}”中的工作表“{sheet}”已损坏，无法读取（{exc}）。</source>
        <translation>The worksheet “{sheet}” in the workbook “{name}” is damaged and cannot be read ({exc}).</translation>
    </message>
    <message>
        <source>工作表“{sheet}”声明有 {rows} 行，超过一次导入的上限 {max_rows} 行。请拆分成多个文件后再导入。</source>
        <translation>The worksheet “{sheet}” declares {rows} rows, over the limit of {max_rows} rows per import. Please split it into several files and import them.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”声明有 {columns} 列，超过一次导入的上限 {max_columns} 列，已拒绝导入。</source>
        <translation>The worksheet “{sheet}” declares {columns} columns, over the limit of {max_columns} columns per import; it was refused.</translation>
    </message>
    <message>
        <source>本程序支持两种数据库：SQLite 数据库文件（--db 后直接写文件路径），和多人共用的 PostgreSQL 数据库（--db postgresql://用户名:密码@服务器:端口/数据库名）。</source>
        <translation>This program supports two kinds of database: an SQLite database file (give the file path after --db), and a shared PostgreSQL database (--db postgresql://USER:PASSWORD@SERVER:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>--db 后面没有写数据库文件路径或地址。</source>
        <translation>No database file path or address was given after --db.</translation>
    </message>
    <message>
        <source>不支持这种数据库地址：{hide_password}（{group} 数据库）。</source>
        <translation>This kind of database address is not supported: {hide_password} ({group} database).</translation>
    </message>
    <message>
        <source>数据库地址写得不对：{hide_password}（{what}）。</source>
        <translation>The database address is not written correctly: {hide_password} ({what}).</translation>
    </message>
    <message>
        <source>PostgreSQL 地址的写法：postgresql://用户名:密码@服务器:端口/数据库名，例如 postgresql://ledger:密码@192.168.1.10:5432/ledger；用户名或密码中的 @ : / 等字符要写成 %40 %3A %2F。</source>
        <translation>A PostgreSQL address is written postgresql://USER:PASSWORD@SERVER:PORT/DATABASE, for example postgresql://ledger:PASSWORD@192.168.1.10:5432/ledger; characters such as @ : / in the user name or password must be written %40 %3A %2F.</translation>
    </message>
    <message>
        <source>端口“{group}”应是数字</source>
        <translation>the port “{group}” must be a number</translation>
    </message>
    <message>
        <source>无法识别</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>@ 不止一个：用户名或密码中的 @ 要写成 %40</source>
        <translation>more than one @: an @ in the user name or password must be written %40</translation>
    </message>
    <message>
        <source>服务器名“{host}”不正确</source>
        <translation>the server name “{host}” is not valid</translation>
    </message>
    <message>
        <source>端口 {port} 不在 1–65535 之间</source>
        <translation>the port {port} is not between 1 and 65535</translation>
    </message>
    <message>
        <source>没有写服务器，本机的数据库请写 localhost</source>
        <translation>no server given; for a database on this computer write localhost</translation>
    </message>
    <message>
        <source>没有写数据库名</source>
        <translation>no database name given</translation>
    </message>
    <message>
        <source>请检查 --db 地址中的服务器名和端口，以及这台电脑的网络连接。</source>
        <translation>Please check the server name and port in the --db address, and this computer&apos;s network connection.</translation>
    </message>
    <message>
        <source>找不到数据库服务器“{value}”：这个服务器名无法解析为网络地址。</source>
        <translation>The database server “{value}” could not be found: the server name cannot be resolved to a network address.</translation>
    </message>
    <message>
        <source>请检查 --db 地址中的服务器名是否写错（也可以直接写服务器的 IP 地址），以及这台电脑的网络和 DNS 设置。</source>
        <translation>Please check whether the server name in the --db address is mistyped (you can also write the server&apos;s IP address), and this computer&apos;s network and DNS settings.</translation>
    </message>
    <message>
        <source>数据库地址中的端口不正确：{first_line}</source>
        <translation>The port in the database address is not valid: {first_line}</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 拒绝连接：那台电脑上没有在这个端口等待连接的 PostgreSQL。</source>
        <translation>The database server {server} refused the connection: no PostgreSQL is waiting for connections on that port of that computer.</translation>
    </message>
    <message>
        <source>请确认数据库服务器已启动、端口正确，并且防火墙允许这台电脑连接。</source>
        <translation>Please make sure the database server is running, the port is right and the firewall lets this computer connect.</translation>
    </message>
    <message>
        <source>连接数据库服务器 {server} 超时：{pg_connect_timeout_s} 秒内没有回应。</source>
        <translation>Connecting to the database server {server} timed out: no answer within {pg_connect_timeout_s} seconds.</translation>
    </message>
    <message>
        <source>请检查服务器地址、网络连接和防火墙设置，或稍后重试。</source>
        <translation>Please check the server address, the network connection and the firewall settings, or try again later.</translation>
    </message>
    <message>
        <source>本机没有正在运行的 PostgreSQL 服务器（找不到它的本地连接）。</source>
        <translation>No PostgreSQL server is running on this computer (its local connection cannot be found).</translation>
    </message>
    <message>
        <source>请启动 PostgreSQL，或在 --db 地址中写明服务器，例如 postgresql://用户名@localhost/数据库名。</source>
        <translation>Please start PostgreSQL, or name the server in the --db address, for example postgresql://USER@localhost/DATABASE.</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 拒绝登录：用户名“{user}”或密码不对。</source>
        <translation>The database server {server} refused the sign-in: the user name “{user}” or the password is wrong.</translation>
    </message>
    <message>
        <source>请检查 --db 地址中的用户名和密码（postgresql://用户名:密码@服务器/数据库名），或向数据库管理员确认。</source>
        <translation>Please check the user name and password in the --db address (postgresql://USER:PASSWORD@SERVER/DATABASE), or check with the database administrator.</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 上没有名为“{group}”的用户。</source>
        <translation>The database server {server} has no user named “{group}”.</translation>
    </message>
    <message>
        <source>请检查 --db 地址中的用户名，或请数据库管理员创建这个用户。</source>
        <translation>Please check the user name in the --db address, or ask the database administrator to create this user.</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 上没有名为“{value}”的数据库。</source>
        <translation>The database server {server} has no database named “{value}”.</translation>
    </message>
    <message>
        <source>请检查 --db 地址中的数据库名。新的数据库由数据库管理员在服务器上创建（CREATE DATABASE {value}），之后再用本程序在其中新建台账。</source>
        <translation>Please check the database name in the --db address. New databases are created on the server by the database administrator (CREATE DATABASE {value}); then this program can create a ledger in it.</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 不允许这台电脑以用户“{user}”连接（服务器的 pg_hba.conf 中没有相应的规则）。</source>
        <translation>The database server {server} does not let this computer connect as the user “{user}” (the server&apos;s pg_hba.conf has no matching rule).</translation>
    </message>
    <message>
        <source>请数据库管理员在服务器上允许这台电脑连接。</source>
        <translation>Please ask the database administrator to allow this computer to connect to the server.</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 暂时不接受连接：{first_line}</source>
        <translation>The database server {server} is not accepting connections for now: {first_line}</translation>
    </message>
    <message>
        <source>请稍后重试。</source>
        <translation>Please try again later.</translation>
    </message>
    <message>
        <source>无法连接到数据库服务器 {server}：{first_line}</source>
        <translation>Cannot connect to the database server {server}: {first_line}</translation>
    </message>
    <message>
        <source>完整性检查：{line}</source>
        <translation>Integrity check: {line}</translation>
    </message>
    <message>
        <source>外键指向不存在的记录：{count} 处（表：{tables}）</source>
        <translation>Foreign keys pointing to records that do not exist: {count} (tables: {tables})</translation>
    </message>
    <message>
        <source>文件中没有数据库结构版本（不是本程序的数据库）</source>
        <translation>The file has no database schema version (it is not this program&apos;s database)</translation>
    </message>
    <message>
        <source>无法读取：{exc}</source>
        <translation>Cannot be read: {exc}</translation>
    </message>
    <message>
        <source>找不到要备份的数据库文件：{source}</source>
        <translation>The database file to back up could not be found: {source}</translation>
    </message>
    <message>
        <source>无法使用备份文件夹 {folder}：{value}</source>
        <translation>The backup folder {folder} cannot be used: {value}</translation>
    </message>
    <message>
        <source>结构版本不一致（数据库 {revision}，备份 {revision2}）</source>
        <translation>The schema versions differ (database {revision}, backup {revision2})</translation>
    </message>
    <message>
        <source>备份中的记录数与数据库不一致（表：{join}）</source>
        <translation>The record counts in the backup differ from the database (tables: {join})</translation>
    </message>
    <message>
        <source>备份未通过验证，没有保存（已有的备份都保留着）：{problems}</source>
        <translation>The backup failed verification and was not kept (all existing backups are kept): {problems}</translation>
    </message>
    <message>
        <source>无法写入备份文件夹 {folder}：{value}</source>
        <translation>The backup folder {folder} cannot be written: {value}</translation>
    </message>
    <message>
        <source>备份数据库时出错：{exc}</source>
        <translation>Error while backing up the database: {exc}</translation>
    </message>
    <message>
        <source>备份文件的内容与备份时记录的不符（文件被改动或损坏）</source>
        <translation>The backup file&apos;s contents do not match the record made at backup time (the file was altered or damaged)</translation>
    </message>
    <message>
        <source>结构版本与记录不符（记录 {schema_revision}，文件 {revision}）</source>
        <translation>The schema version does not match the record (recorded {schema_revision}, file {revision})</translation>
    </message>
    <message>
        <source>记录数与备份时记录的不符</source>
        <translation>The record counts do not match those recorded at backup time</translation>
    </message>
    <message>
        <source>备份文件的大小与记录不符（文件可能被改动或未复制完整）</source>
        <translation>The backup file&apos;s size does not match the record (the file may have been altered or not copied completely)</translation>
    </message>
    <message>
        <source>{when}，{counts_text}</source>
        <translation>{when}, {counts_text}</translation>
    </message>
    <message>
        <source>（共 {count} 处）</source>
        <translation> ({count} in all)</translation>
    </message>
    <message>
        <source>数据库文件已损坏，为避免丢失数据，本程序不会写入它：{path}</source>
        <translation>The database file is damaged; to avoid losing data, this program will not write to it: {path}</translation>
    </message>
    <message>
        <source>  检查结果：{shown}</source>
        <translation>  Check result: {shown}</translation>
    </message>
    <message>
        <source>  损坏的文件已另存为：{kept_as}（可用 --db 只读打开，导出仍能读取的内容）</source>
        <translation>  The damaged file was saved as: {kept_as} (open it read-only with --db to export what can still be read)</translation>
    </message>
    <message>
        <source>  备份文件夹 {backup_folder} 中没有有效的备份。</source>
        <translation>  The backup folder {backup_folder} has no valid backup.</translation>
    </message>
    <message>
        <source>  最新的有效备份：{path}（{backup_summary}）</source>
        <translation>  Latest valid backup: {path} ({backup_summary})</translation>
    </message>
    <message>
        <source>  恢复方法：python -m app --db &quot;{path}&quot; backup restore &quot;{path2}&quot;</source>
        <translation>  To restore: python -m app --db &quot;{path}&quot; backup restore &quot;{path2}&quot;</translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序不会再写入它。请在“备份与恢复”中恢复最新的有效备份（命令行：python -m app backup list）。</source>
        <translation>The database file is damaged; the program will not write to it again. Please restore the latest valid backup under “Backup and restore” (command line: python -m app backup list).</translation>
    </message>
    <message>
        <source>磁盘空间已满，无法写入数据库。请清理磁盘后重试。</source>
        <translation>The disk is full, so the database cannot be written. Please free some disk space and try again.</translation>
    </message>
    <message>
        <source>读写数据库文件时出现磁盘错误，请检查磁盘或存储设备。</source>
        <translation>A disk error occurred while reading or writing the database file. Please check the disk or storage device.</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用，请稍后重试。</source>
        <translation>The database is in use by another program. Please try again later.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是本程序的数据库。</source>
        <translation>The database file is damaged or is not this program&apos;s database.</translation>
    </message>
    <message>
        <source>无法打开数据库文件，请检查路径与访问权限。</source>
        <translation>The database file cannot be opened. Please check the path and access permissions.</translation>
    </message>
    <message>
        <source>数据库文件为只读，无法保存修改。</source>
        <translation>The database file is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>无法连接到数据库服务器，请检查网络与服务器地址。</source>
        <translation>Cannot connect to the database server. Please check the network and the server address.</translation>
    </message>
    <message>
        <source>数据库服务器拒绝连接，请检查服务器是否已启动。</source>
        <translation>The database server refused the connection. Please check that the server is running.</translation>
    </message>
    <message>
        <source>数据库用户名或密码错误。</source>
        <translation>The database user name or password is wrong.</translation>
    </message>
    <message>
        <source>无法访问数据文件：{value}</source>
        <translation>The data file cannot be accessed: {value}</translation>
    </message>
    <message>
        <source>数据库的启动检查还没有完成，暂时不能保存，请稍后再试。</source>
        <translation>The database&apos;s start-up check has not finished yet, so nothing can be saved for now. Please try again shortly.</translation>
    </message>
    <message>
        <source>数据库已切换为只读，不能保存修改。</source>
        <translation>The database has been switched to read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序已改为只读：可以查看和导出，不能保存修改。</source>
        <translation>The database file is damaged, so the program is now read-only: you can view and export, but not save changes.</translation>
    </message>
    <message>
        <source>该数据库由更高版本的“协商议事台账”创建（数据库版本 {current}），本程序（{version}）无法安全打开，未做任何改动。</source>
        <translation>This database was created by a newer version of Consultation Ledger (database version {current}); this program ({version}) cannot open it safely. Nothing was changed.</translation>
    </message>
    <message>
        <source>请升级程序后再打开此数据库。</source>
        <translation>Please upgrade the program, then open this database.</translation>
    </message>
    <message>
        <source>FUSE（{value}）</source>
        <translation>FUSE ({value})</translation>
    </message>
    <message>
        <source>{network} 网络文件系统（挂载于 {point}）</source>
        <translation>a {network} network file system (mounted at {point})</translation>
    </message>
    <message>
        <source>网络共享文件夹（{anchor}）</source>
        <translation>a network shared folder ({anchor})</translation>
    </message>
    <message>
        <source>网络共享文件夹</source>
        <translation>a network shared folder</translation>
    </message>
    <message>
        <source>映射的网络驱动器（{drive}）</source>
        <translation>a mapped network drive ({drive})</translation>
    </message>
    <message>
        <source>SQLite 数据库文件放在网络共享上时，多台电脑同时使用会因文件锁不可靠而损坏数据。多人共用请改用共享的 PostgreSQL 数据库（--db postgresql://…），或把数据库文件放在本机磁盘上。</source>
        <translation>When an SQLite database file is on a network share, using it from several computers at once corrupts data because file locks are unreliable. For shared use please switch to a shared PostgreSQL database (--db postgresql://…), or keep the database file on a local disk.</translation>
    </message>
    <message>
        <source>数据库文件位于{where}：{path}。{advice}确实了解风险并只在一台电脑上使用时，可加 --allow-network-share 强制打开。</source>
        <translation>The database file is on {where}: {path}. {advice} If you understand the risk and use it from one computer only, add --allow-network-share to open it anyway.</translation>
    </message>
    <message>
        <source>警告：数据库文件位于{where}，已按要求强制打开。{advice}</source>
        <translation>Warning: the database file is on {where} and was opened anyway, as requested. {advice}</translation>
    </message>
    <message>
        <source>没有读取数据库文件的权限</source>
        <translation>No permission to read the database file</translation>
    </message>
    <message>
        <source>没有访问数据库文件或其所在文件夹的权限</source>
        <translation>No permission to access the database file or its folder</translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，不是数据库文件。</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>请在 --db 后写数据库文件的路径（例如 …/ledger.sqlite3）。</source>
        <translation>Please give the path of a database file after --db (for example …/ledger.sqlite3).</translation>
    </message>
    <message>
        <source>没有在文件夹 {existing} 中新建文件的权限</source>
        <translation>No permission to create files in the folder {existing}</translation>
    </message>
    <message>
        <source>文件 {path} 是空的，其中还没有台账。</source>
        <translation>The file {path} is empty; it has no ledger yet.</translation>
    </message>
    <message>
        <source>数据库文件是只读的，没有写入它的权限</source>
        <translation>The database file is read-only; there is no permission to write to it</translation>
    </message>
    <message>
        <source>没有在文件夹 {parent} 中写入的权限（SQLite 要在数据库旁写日志文件）</source>
        <translation>No permission to write in the folder {parent} (SQLite writes a journal file beside the database)</translation>
    </message>
    <message>
        <source>{what}：{path}</source>
        <translation>{what}: {path}</translation>
    </message>
    <message>
        <source>请检查文件和文件夹的权限（或请管理员设置），或把数据库文件复制到自己有权写入的位置再打开。</source>
        <translation>Please check the permissions of the file and folder (or ask an administrator to set them), or copy the database file to a place you can write to and open it there.</translation>
    </message>
    <message>
        <source>文件 {path} 不是本程序的数据库（也不是 SQLite 数据库文件），未做任何改动。</source>
        <translation>The file {path} is not this program&apos;s database (nor an SQLite database file). Nothing was changed.</translation>
    </message>
    <message>
        <source>请检查 --db 指定的路径；如果它原本是本程序的数据库，说明文件已损坏，请从备份恢复（备份在数据库旁的 backups 文件夹中）。</source>
        <translation>Please check the path given with --db. If it used to be this program&apos;s database, the file is damaged: please restore from a backup (backups are in the backups folder beside the database).</translation>
    </message>
    <message>
        <source>文件 {path} 是另一个程序的 SQLite 数据库，不是本程序的台账，未做任何改动。</source>
        <translation>The file {path} is another program&apos;s SQLite database, not this program&apos;s ledger. Nothing was changed.</translation>
    </message>
    <message>
        <source>请检查 --db 指定的路径。本程序不会在别的程序的数据库中建表；要新建台账，请换一个新的文件名并加 --create。</source>
        <translation>Please check the path given with --db. This program does not create tables in another program&apos;s database; to create a new ledger, choose a new file name and add --create.</translation>
    </message>
    <message>
        <source>（版本不低于服务器的 {major}）</source>
        <translation> (at least the server&apos;s version {major})</translation>
    </message>
    <message>
        <source>请在本机安装 PostgreSQL 客户端工具 pg_dump 和 pg_restore{version}：Debian/Ubuntu 运行 sudo apt-get install {package}；Windows 从 https://www.postgresql.org/download/windows/ 安装 PostgreSQL（组件只选 Command Line Tools 即可），并把其 bin 文件夹加入 PATH 环境变量。</source>
        <translation>Please install the PostgreSQL client tools pg_dump and pg_restore{version} on this computer: on Debian/Ubuntu run sudo apt-get install {package}; on Windows install PostgreSQL from https://www.postgresql.org/download/windows/ (choosing only the Command Line Tools component is enough) and add its bin folder to the PATH environment variable.</translation>
    </message>
    <message>
        <source>本机的 {name} 版本（{version}）低于数据库服务器的版本（{server}），无法备份或恢复。{hint}</source>
        <translation>The {name} on this computer (version {version}) is older than the database server (version {server}); it cannot back up or restore. {hint}</translation>
    </message>
    <message>
        <source>没有找到 PostgreSQL 的备份工具 {name}。{hint}</source>
        <translation>The PostgreSQL backup tool {name} was not found. {hint}</translation>
    </message>
    <message>
        <source>{what}失败：{value}</source>
        <translation>{what} failed: {value}</translation>
    </message>
    <message>
        <source>pg_dump 备份</source>
        <translation>pg_dump backup</translation>
    </message>
    <message>
        <source>备份未通过验证，没有保存：{problems}</source>
        <translation>The backup failed verification and was not kept: {problems}</translation>
    </message>
    <message>
        <source>读取备份目录</source>
        <translation>reading the backup&apos;s table of contents</translation>
    </message>
    <message>
        <source>备份中缺少这些表的数据：{join}</source>
        <translation>The backup lacks the data of these tables: {join}</translation>
    </message>
    <message>
        <source>没有备份时的记录数（不是本程序做的备份）；请由数据库管理员用 pg_restore 恢复</source>
        <translation>There are no record counts from backup time (this backup was not made by this program); please have the database administrator restore it with pg_restore</translation>
    </message>
    <message>
        <source>该备份未通过验证，不能用于恢复：{problems}</source>
        <translation>This backup failed verification and cannot be used to restore: {problems}</translation>
    </message>
    <message>
        <source>该备份由更高版本的程序创建（数据库结构版本 {schema_revision}），请先升级程序。</source>
        <translation>This backup was made by a newer version of the program (database schema version {schema_revision}); please upgrade the program first.</translation>
    </message>
    <message>
        <source>pg_restore 恢复</source>
        <translation>pg_restore restore</translation>
    </message>
    <message>
        <source>恢复后的记录数与备份不一致；恢复前的数据库已备份为 {path}</source>
        <translation>The record counts after the restore differ from the backup; the database before the restore was backed up as {path}</translation>
    </message>
    <message>
        <source>恢复前无法先备份当前数据库，没有恢复：{exc}</source>
        <translation>The current database could not be backed up before the restore, so nothing was restored: {exc}</translation>
    </message>
    <message>
        <source>恢复后的数据库与备份不一致，请重试恢复；恢复前的数据库已保存为 {path}</source>
        <translation>The restored database differs from the backup; please restore again. The database before the restore was saved as {path}</translation>
    </message>
    <message>
        <source>恢复后的数据库与备份不一致，请重试恢复</source>
        <translation>The restored database differs from the backup; please restore again</translation>
    </message>
    <message>
        <source>这是损坏的数据库文件的副本，只读打开：可以查看和导出仍能读取的内容，不能修改。</source>
        <translation>This is a copy of a damaged database file, opened read-only: what can still be read can be viewed and exported, but not changed.</translation>
    </message>
    <message>
        <source>文件不存在：{path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <source>数据库 {shown} 中已有别的程序的表，不是本程序的台账，未做任何改动。</source>
        <translation>The database {shown} already has another program&apos;s tables; it is not this program&apos;s ledger. Nothing was changed.</translation>
    </message>
    <message>
        <source>请检查 --db 地址中的数据库名；本程序的台账请放在单独的数据库中（由数据库管理员创建一个空数据库）。</source>
        <translation>Please check the database name in the --db address; keep this program&apos;s ledger in a database of its own (the database administrator creates an empty database).</translation>
    </message>
    <message>
        <source>数据库 {shown} 是空的，其中还没有台账。</source>
        <translation>The database {shown} is empty; it has no ledger yet.</translation>
    </message>
    <message>
        <source>如果地址写错了，请检查 --db；确实要在这个数据库中新建台账，请加 --create（例如：python -m app --db 地址 --create users add 用户名 --role admin），或用 demo 装入演示数据。</source>
        <translation>If the address is mistyped, please check --db. To really create a new ledger in this database, add --create (for example: python -m app --db ADDRESS --create users add USERNAME --role admin), or load the demo data with demo.</translation>
    </message>
    <message>
        <source>{reason}
{advice}</source>
        <translation>{reason}
{advice}</translation>
    </message>
    <message>
        <source>如果路径输错了，请检查 --db；确实要在这里新建一个台账，请加 --create（例如：python -m app --db {shown} --create users add 用户名 --role admin），或用 demo 装入演示数据；也可以打开桌面程序按提示新建。</source>
        <translation>If the path is mistyped, please check --db. To really create a new ledger here, add --create (for example: python -m app --db {shown} --create users add USERNAME --role admin), or load the demo data with demo; you can also open the desktop program and follow its prompts.</translation>
    </message>
    <message>
        <source>保留最近 {recent} 份，以及最近 {daily} 天每天、{weekly} 周每周、{monthly} 个月每月各一份；恢复前和升级前的副本保留 {safety_days} 天</source>
        <translation>the latest {recent} are kept, plus one a day for the last {daily} days, one a week for {weekly} weeks and one a month for {monthly} months; copies made before a restore or an upgrade are kept for {safety_days} days</translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>后台进程已重新启动，上一步的结果不在了。请返回上一步重做。</source>
        <translation>The background process was restarted and the result of the previous step is gone. Please go back and do that step again.</translation>
    </message>
    <message>
        <source>后台进程意外结束（退出代码 {code}），没有完成这项工作。</source>
        <translation>The background process ended unexpectedly (exit code {code}) without finishing the work.</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>开始办理日期</source>
        <translation>Handling start date</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>编辑账户</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>输入名称筛选站室组</source>
        <translation>Type a name to filter platforms</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>负责的站室组</source>
        <translation>Platforms in charge</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>管理员：可做一切操作，包括管理账户和设置。</source>
        <translation>Administrator: may do everything, including managing accounts and settings.</translation>
    </message>
    <message>
        <source>工作人员：登记和修改全部记录，不能管理账户。</source>
        <translation>Clerk: records and edits all records; cannot manage accounts.</translation>
    </message>
    <message>
        <source>平台联络员：只看到并登记所负责站室组的记录。</source>
        <translation>Platform coordinator: sees and records only the records of their own platforms.</translation>
    </message>
    <message>
        <source>只读：查看全部记录，不能修改，也不能完整导出联系电话。</source>
        <translation>Read-only: views all records; cannot change anything or export full phone numbers.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>停用的账户不能再登录；连续输错密码被锁定的账户，重设密码或启用即可解锁。</source>
        <translation>A disabled account can no longer sign in; an account locked after repeated wrong passwords is unlocked by resetting its password or enabling it.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账户</source>
        <translation>You cannot disable the account you are signed in with</translation>
    </message>
    <message>
        <source>确定要停用账户“{name}”吗？停用后不能再登录，可随时启用。</source>
        <translation>Disable the account &quot;{name}&quot;? It will no longer be able to sign in; you can enable it again at any time.</translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>履职活动</source>
        <translation>Duty activity</translation>
    </message>
    <message>
        <source>例如：全市城市道路交通安全设施建设情况视察</source>
        <translation>e.g. Inspection of road traffic safety facilities across the city</translation>
    </message>
    <message>
        <source>例如：市政协社会和法制委员会</source>
        <translation>e.g. Social and Legal Affairs Committee of the municipal CPPCC</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>视察类型</source>
        <translation>Inspection type</translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation>Activity subject</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Activity time</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Organizing level</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation>Lead member</translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>保存后可登记活动形成的意见建议、调研报告和成果运用。</source>
        <translation>After saving, you can record the suggestions, research reports and use of results from this activity.</translation>
    </message>
    <message>
        <source>部门负责人、专家学者、群众代表等</source>
        <translation>Department heads, experts and scholars, resident representatives, etc.</translation>
    </message>
    <message>
        <source>其他参加人员</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>活动纪要</source>
        <translation>Activity minutes</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>参加委员</source>
        <translation>Participating members</translation>
    </message>
    <message>
        <source>其他人员与纪要</source>
        <translation>Other participants and minutes</translation>
    </message>
    <message>
        <source>登记意见建议…</source>
        <translation>Record suggestion…</translation>
    </message>
    <message>
        <source>意见建议（{n}）</source>
        <translation>Suggestions ({n})</translation>
    </message>
    <message>
        <source>成果运用</source>
        <translation>Use of results</translation>
    </message>
</context>
<context>
    <name>ActivityKindsEditor</name>
    <message>
        <source>新的活动类型，例如：界别协商</source>
        <translation>New activity type, e.g. sector consultation</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>停用或恢复</source>
        <translation>Disable or re-enable</translation>
    </message>
    <message>
        <source>内置类型不能停用；停用的类型保留已登记的活动和统计，只是不再供新登记选择。</source>
        <translation>Built-in types cannot be disabled. A disabled type keeps its recorded activities and statistics; it is just no longer offered for new records.</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>即站室组的协商议事活动</source>
        <translation>the consultation sessions of the platforms</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>{label}（{notes}）</source>
        <translation>{label} ({notes})</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>新的名称</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>协商议事台账</source>
        <translation>Consultation Ledger</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>重新交办</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>输入名称或拼音首字母筛选会办单位</source>
        <translation>Type a name or pinyin initials to filter co-handling units</translation>
    </message>
    <message>
        <source>请选择主办单位（可输入名称或拼音首字母）</source>
        <translation>Choose the lead unit (type a name or pinyin initials)</translation>
    </message>
    <message>
        <source>还没有登记承办单位：请先登记承办单位，再交办。</source>
        <translation>No handling units are recorded yet: record the handling units first, then assign.</translation>
    </message>
    <message>
        <source>登记承办单位…</source>
        <translation>Record handling units…</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>恢复默认时限</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>按单位设置的办理时限（{n} 个工作日）重新计算</source>
        <translation>Recalculate from the unit&apos;s handling deadline ({n} working days)</translation>
    </message>
    <message>
        <source>交办后</source>
        <translation>After assigning</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>due by</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation>Co-handling units</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Handling mode</translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>请选择主办单位</source>
        <translation>Choose the lead unit</translation>
    </message>
    <message>
        <source>办理时限应晚于交办日期。</source>
        <translation>The handling deadline must be later than the assignment date.</translation>
    </message>
    <message>
        <source>共 {n} 个工作日（不计周末和法定节假日，调休上班日计入）；单位默认 {d} 个工作日。</source>
        <translation>{n} working days in all (weekends and public holidays not counted, make-up working days counted); the unit&apos;s default is {d} working days.</translation>
    </message>
    <message>
        <source>也可以直接修改截止日期。</source>
        <translation>You can also change the due date directly.</translation>
    </message>
    <message>
        <source>录入{year}年节假日…</source>
        <translation>Enter the {year} holidays…</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>添加日期</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>文件内容保存在数据库中（随备份保存，同事也能打开），原文件可以移走或删除</source>
        <translation>File contents are stored in the database (included in backups, and colleagues can open them); the original files can be moved or deleted</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>可添加现场照片、签到表扫描件、会议材料等；双击打开。</source>
        <translation>You can add on-site photos, scanned sign-in sheets, meeting materials, etc.; double-click to open.</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>图片 ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>文档 ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>选择要添加的文件</source>
        <translation>Choose the files to add</translation>
    </message>
    <message>
        <source>正在添加 {name}…</source>
        <translation>Adding {name}…</translation>
    </message>
    <message>
        <source>部分文件未能添加</source>
        <translation>Some files could not be added</translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation>Adding attachments…</translation>
    </message>
    <message>
        <source>系统没有可以打开“{name}”的程序。</source>
        <translation>There is no program on this computer that can open &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>正在打开 {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <source>确定归档附件“{name}”吗？归档后默认不再显示，可随时恢复。</source>
        <translation>Archive the attachment &quot;{name}&quot;? Once archived it is hidden by default; you can unarchive it at any time.</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>发言</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>在活动中发言（计入履职积分）</source>
        <translation>Spoke at the activity (counts towards duty points)</translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <source>添加本站室组委员</source>
        <translation>Add this platform&apos;s members</translation>
    </message>
    <message>
        <source>把所选站室组的全部委员加入名单，默认为出席</source>
        <translation>Add all members of the chosen platform to the list, marked as present</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>双击“出席情况”或按 F2 修改；按 Tab 离开名单。</source>
        <translation>Double-click &quot;Attendance&quot; or press F2 to change it; press Tab to leave the list.</translation>
    </message>
    <message>
        <source>{name}在活动中发言</source>
        <translation>{name} spoke at the activity</translation>
    </message>
    <message>
        <source>出席 {present} 人，请假 {excused} 人，缺席 {absent} 人</source>
        <translation>{present} present, {excused} excused, {absent} absent</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>每次新增、修改、归档、登录和导出都记录在此，日志只能追加、不能修改或删除。</source>
        <translation>Every addition, change, archiving, sign-in and export is recorded here. The log can only be appended to, never changed or deleted.</translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>按当前筛选条件导出操作日志（联系电话已隐去）</source>
        <translation>Export the audit log with the current filters (phone numbers masked)</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>选择一条日志，查看每个字段修改前后的内容。</source>
        <translation>Select a log entry to see each field before and after the change.</translation>
    </message>
    <message>
        <source>第 {seq} 条&#x3000;{at}&#x3000;{who}（{username}）&#x3000;{action} · {kind}</source>
        <translation>No. {seq}  {at}  {who} ({username})  {action} · {kind}</translation>
    </message>
    <message>
        <source>（没有字段变更）</source>
        <translation>(no field changes)</translation>
    </message>
    <message>
        <source>操作日志-{day}.xlsx</source>
        <translation>audit-log-{day}.xlsx</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {n} 条操作日志。</source>
        <translation>{n} audit log entries exported.</translation>
    </message>
    <message>
        <source>正在导出操作日志…</source>
        <translation>Exporting the audit log…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>更改文件夹…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <source>例如放到 U 盘或另一块硬盘上，电脑损坏时备份仍在</source>
        <translation>For example on a USB drive or another disk, so the backups survive if this computer fails</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>恢复默认位置</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>重新检查所选备份是否完好、可以用来恢复</source>
        <translation>Check again that the selected backup is intact and can be used to restore</translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以查看和创建备份。</source>
        <translation>Only administrators and office clerks can view and create backups.</translation>
    </message>
    <message>
        <source>已验证</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>未验证：{why}</source>
        <translation>Not verified: {why}</translation>
    </message>
    <message>
        <source>还没有备份。点击“立即备份”做第一份。</source>
        <translation>No backups yet. Click &quot;Back up now&quot; to make the first one.</translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复</source>
        <translation>Only an administrator can restore from a backup</translation>
    </message>
    <message>
        <source>已备份并验证：{name}</source>
        <translation>Backed up and verified: {name}</translation>
    </message>
    <message>
        <source>正在备份并验证…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <source>验证通过：{name}</source>
        <translation>Verification passed: {name}</translation>
    </message>
    <message>
        <source>验证未通过：{why}</source>
        <translation>Verification failed: {why}</translation>
    </message>
    <message>
        <source>正在验证备份…</source>
        <translation>Verifying the backup…</translation>
    </message>
    <message>
        <source>这份备份尚未通过验证，请先点击“验证”。</source>
        <translation>This backup has not been verified yet. Please click &quot;Verify&quot; first.</translation>
    </message>
    <message>
        <source>已恢复：{name}</source>
        <translation>Restored: {name}</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>以后的备份保存在：{folder}</source>
        <translation>Future backups will be saved in: {folder}</translation>
    </message>
</context>
<context>
    <name>BatchStepDialog</name>
    <message>
        <source>批量{step}</source>
        <translation>Batch: {step}</translation>
    </message>
    <message>
        <source>等</source>
        <translation> and more</translation>
    </message>
    <message>
        <source>为所选的 {n} 条意见建议记录“{step}”：{titles}{more}</source>
        <translation>Record &quot;{step}&quot; for the {n} selected suggestions: {titles}{more}</translation>
    </message>
    <message>
        <source>例如：电话联系各承办单位，要求本周内书面答复</source>
        <translation>e.g. Phoned each handling unit and asked for a written reply within this week</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>开始办理日期</source>
        <translation>Handling start date</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在为 {n} 条意见建议记录“{step}”…</source>
        <translation>Recording &quot;{step}&quot; for {n} suggestions…</translation>
    </message>
    <message>
        <source>没有一条能{step}：{reason}</source>
        <translation>None of them can take &quot;{step}&quot;: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>已选 {n} 个</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <source>未选择</source>
        <translation>None selected</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>已逐行检查，尚未写入任何数据。没有错误才能导入；导入要么全部写入，要么都不写入。</source>
        <translation>Every row has been checked; nothing has been written yet. Import is possible only without errors, and it writes either everything or nothing.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <source>例如：胜利路驿站月报</source>
        <translation>e.g. Shengli Road station monthly report</translation>
    </message>
    <message>
        <source>保存导入方案</source>
        <translation>Save import profile</translation>
    </message>
    <message>
        <source>把这次的对应关系保存为导入方案，下月同一站点的台账一步导入：</source>
        <translation>Save these column mappings as an import profile, so next month&apos;s ledger from the same station imports in one step:</translation>
    </message>
    <message>
        <source>发现 {n} 处错误，不能导入。请修改原文件后重新选择，或返回上一步调整各列的含义。</source>
        <translation>{n} errors found; nothing can be imported. Please correct the original file and choose it again, or go back a step and adjust what each column means.</translation>
    </message>
    <message>
        <source>检查通过，可以导入。</source>
        <translation>Check passed; ready to import.</translation>
    </message>
    <message>
        <source>共 {n} 条，此处列出前 {shown} 条；错误报告中有全部内容。</source>
        <translation>{n} in all; the first {shown} are listed here. The error report has all of them.</translation>
    </message>
    <message>
        <source>无法保存导入方案：{reason}</source>
        <translation>The import profile could not be saved: {reason}</translation>
    </message>
    <message>
        <source>已保存导入方案“{name}”。</source>
        <translation>Import profile &quot;{name}&quot; saved.</translation>
    </message>
    <message>
        <source>台账.xlsx</source>
        <translation>ledger.xlsx</translation>
    </message>
    <message>
        <source>{name}_错误报告.xlsx</source>
        <translation>{name}_error_report.xlsx</translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法保存错误报告：{reason}</source>
        <translation>The error report could not be saved: {reason}</translation>
    </message>
    <message>
        <source>已保存错误报告：出错的单元格标为红色，每行末尾写明原因。</source>
        <translation>Error report saved: cells with errors are marked red, and the reason is written at the end of each row.</translation>
    </message>
    <message>
        <source>错误报告</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>没有导入任何数据：{reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
    <message>
        <source>已取消导入，数据库没有任何改动。可以再次点“导入”。</source>
        <translation>Import cancelled; the database has not been changed. You can click &quot;Import&quot; again.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原来的值</source>
        <translation>Original value</translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation>Value here</translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>Other side</translation>
    </message>
    <message>
        <source>对方导出时间</source>
        <translation>Their export time</translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation>Suggestion title</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>超期工作日</source>
        <translation>Working days overdue</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>负责的站室组</source>
        <translation>Platforms in charge</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Activity time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation>Activity subject</translation>
    </message>
    <message>
        <source>视察类型</source>
        <translation>Inspection type</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation>Lead member</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>建议数</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>变更字段</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>发出/收到</source>
        <translation>Sent/received</translation>
    </message>
    <message>
        <source>发送方</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>界别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>党派</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>届次</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation>Workplace and position</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>报送人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation>Reflects a problem</translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>批示</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation>Township/street</translation>
    </message>
    <message>
        <source>联络人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>委员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>正常开展</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Issue no.</translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation>Brief title</translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>所报活动</source>
        <translation>Activities reported</translation>
    </message>
    <message>
        <source>转化</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>执笔</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>所属调研活动</source>
        <translation>Research activity</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation>Topic source</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>召集人</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Handling result</translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>提出者</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>确定情况</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation>Plan month</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>已开展</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>主办建议数</source>
        <translation>Suggestions led</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>提出建议</source>
        <translation>Suggestions raised</translation>
    </message>
    <message>
        <source>召集活动</source>
        <translation>Activities convened</translation>
    </message>
    <message>
        <source>视察调研</source>
        <translation>Inspections and research</translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation>Duty activities</translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation>Public-opinion reports</translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation>Research reports</translation>
    </message>
    <message>
        <source>履职积分</source>
        <translation>Duty points</translation>
    </message>
    <message>
        <source>履职评价</source>
        <translation>Duty evaluation</translation>
    </message>
    <message>
        <source>告诫提醒</source>
        <translation>Reminders</translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <source>答复（{day}，{result}）：{text}</source>
        <translation>Reply ({day}, {result}): {text}</translation>
    </message>
    <message>
        <source>例如：已在海晏路与五四大街路口加装红绿灯并投入使用</source>
        <translation>e.g. Traffic lights installed and in use at the junction of Haiyan Road and Wusi Street</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Concluded on</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>处理数据交换冲突</source>
        <translation>Resolve data exchange conflicts</translation>
    </message>
    <message>
        <source>待处理 {n} 处</source>
        <translation>{n} to resolve</translation>
    </message>
    <message>
        <source>双方都改了同一字段、改成了不同的值。本机暂时保留本机的值；请逐项选择采用哪一方的值，选择会记入操作日志，并随下一个数据包发给对方。</source>
        <translation>Both sides changed the same field to different values. For now this computer keeps its own value; please choose which side&apos;s value to use for each one. Your choice is recorded in the audit log and sent to the other side with the next data package.</translation>
    </message>
    <message>
        <source>原来的值</source>
        <translation>Original value</translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation>Value here</translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>采用本机的值</source>
        <translation>Use the value here</translation>
    </message>
    <message>
        <source>采用对方的值</source>
        <translation>Use their value</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择一处冲突，查看双方的值。</source>
        <translation>Select a conflict to see both sides&apos; values.</translation>
    </message>
    <message>
        <source>{kind}“{record}”的“{field}”&#x3000;对方：{who}</source>
        <translation>{kind} &quot;{record}&quot;, &quot;{field}&quot;  other side: {who}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序错误 — %s</source>
        <translation>Program error — %s</translation>
    </message>
    <message>
        <source>程序遇到了意外错误：%s

您的数据没有丢失，未保存的修改可能需要重新填写。详细信息已写入日志文件（%s）；联系技术支持时，请点击“复制”并把下面的内容发给他们。</source>
        <translation>The program ran into an unexpected error: %s

Your data has not been lost; unsaved changes may need to be entered again. Details have been written to the log file (%s). When you contact technical support, please click &quot;Copy&quot; and send them the text below.</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序已改为只读</source>
        <translation>The database file is damaged; the program is now read-only</translation>
    </message>
    <message>
        <source>为避免丢失数据，程序不会再写入这个文件：现在可以查看和导出仍能读取的内容，不能保存修改。
文件：{path}</source>
        <translation>To avoid losing data, the program will not write to this file any more: you can view and export whatever can still be read, but changes cannot be saved.
File: {path}</translation>
    </message>
    <message>
        <source>…… 另有 {n} 处</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>检查结果：
{problems}</source>
        <translation>Check results:
{problems}</translation>
    </message>
    <message>
        <source>损坏的文件已另存为：{path}</source>
        <translation>The damaged file has been saved as: {path}</translation>
    </message>
    <message>
        <source>最新的有效备份：{summary}
{path}</source>
        <translation>Latest valid backup: {summary}
{path}</translation>
    </message>
    <message>
        <source>只有管理员可以恢复备份，请联系管理员。</source>
        <translation>Only an administrator can restore a backup; please contact your administrator.</translation>
    </message>
    <message>
        <source>备份文件夹 {folder} 中没有有效的备份。可以只读打开损坏的文件，导出仍能读取的内容。</source>
        <translation>There is no valid backup in the backup folder {folder}. You can open the damaged file read-only and export whatever can still be read.</translation>
    </message>
    <message>
        <source>恢复这份备份…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <source>只读打开损坏的文件</source>
        <translation>Open the damaged file read-only</translation>
    </message>
    <message>
        <source>继续只读查看</source>
        <translation>Continue read-only</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>已开展协商议事活动</source>
        <translation>Consultation sessions held</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Conclusion rate</translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation>On-time conclusion rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
    <message>
        <source>反映问题类占比</source>
        <translation>Share reflecting problems</translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation>Overdue, no reply</translation>
    </message>
    <message>
        <source>委员参与率</source>
        <translation>Member participation</translation>
    </message>
    <message>
        <source>委员出席率</source>
        <translation>Member attendance</translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation>Duty activities</translation>
    </message>
    <message>
        <source>专题协商</source>
        <translation>Thematic consultations</translation>
    </message>
    <message>
        <source>联动民主监督</source>
        <translation>Joint democratic oversight</translation>
    </message>
    <message>
        <source>视察</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>调研</source>
        <translation>Fact-finding</translation>
    </message>
    <message>
        <source>社情民意信息</source>
        <translation>Public-opinion reports</translation>
    </message>
    <message>
        <source>反映问题类信息占比</source>
        <translation>Share of reports on problems</translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation>Consultation briefs</translation>
    </message>
    <message>
        <source>议题征集</source>
        <translation>Topics collected</translation>
    </message>
    <message>
        <source>年度协商计划</source>
        <translation>Annual consultation plan</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>不含筹备中 {p} 次</source>
        <translation>not counting {p} in preparation</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>已交办 {n} 条</source>
        <translation>{n} assigned</translation>
    </message>
    <message>
        <source>已办结 {a} / 已交办 {b}</source>
        <translation>{a} concluded / {b} assigned</translation>
    </message>
    <message>
        <source>按期 {a} / 已办结 {b}</source>
        <translation>{a} on time / {b} concluded</translation>
    </message>
    <message>
        <source>满意和基本满意 {a} / 已评价 {b}</source>
        <translation>{a} satisfied or mostly satisfied / {b} evaluated</translation>
    </message>
    <message>
        <source>{n} 件次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>涉及意见建议 {n} 条</source>
        <translation>on {n} suggestions</translation>
    </message>
    <message>
        <source>反映问题类 {a} / {b} 条</source>
        <translation>{a} raising problems / {b}</translation>
    </message>
    <message>
        <source>另有 {n} 条将在 {d} 个工作日内到期</source>
        <translation>{n} more due within {d} working days</translation>
    </message>
    <message>
        <source>参加活动的委员 {a} / {b} 名</source>
        <translation>{a} of {b} members took part</translation>
    </message>
    <message>
        <source>形成意见建议 {n} 条</source>
        <translation>{n} suggestions made</translation>
    </message>
    <message>
        <source>提出意见建议 {n} 条</source>
        <translation>{n} suggestions raised</translation>
    </message>
    <message>
        <source>调研报告 {n} 篇，被采用 {a} 篇</source>
        <translation>{n} research reports, {a} adopted</translation>
    </message>
    <message>
        <source>采用 {a}&#x3000;签发 {i}&#x3000;获批示 {b}</source>
        <translation>{a} adopted  {i} issued  {b} with instructions</translation>
    </message>
    <message>
        <source>{n} 期</source>
        <translation>{n} issues</translation>
    </message>
    <message>
        <source>成果转化 {n} 项&#x3000;反馈群众 {m} 次</source>
        <translation>{n} results put into effect  {m} reported back to residents</translation>
    </message>
    <message>
        <source>{n} 个</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>确定 {a} 个&#x3000;未采用 {b} 个</source>
        <translation>{a} accepted  {b} not adopted</translation>
    </message>
    <message>
        <source>已开展 {n} 个</source>
        <translation>{n} held</translation>
    </message>
    <message>
        <source>计划 {p} 个&#x3000;逾期未开展 {o} 个</source>
        <translation>{p} planned  {o} overdue, not held</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新统计（F5）</source>
        <translation>Recalculate (F5)</translation>
    </message>
    <message>
        <source>本期主要数据，与导出、打印的统计口径一致</source>
        <translation>Key figures for this period, counted the same way as in exports and printouts</translation>
    </message>
    <message>
        <source>查看超期清单</source>
        <translation>View overdue list</translation>
    </message>
    <message>
        <source>录入节假日…</source>
        <translation>Enter holidays…</translation>
    </message>
    <message>
        <source>协商议事与办理</source>
        <translation>Sessions and handling</translation>
    </message>
    <message>
        <source>履职活动与成果</source>
        <translation>Duty activities and results</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>复制这段文字，粘贴到工作综述中再修改</source>
        <translation>Copy this text and paste it into the work summary to edit</translation>
    </message>
    <message>
        <source>统计段落（草稿）</source>
        <translation>Statistics paragraph (draft)</translation>
    </message>
    <message>
        <source>根据上面的数字自动起草，可复制后修改。</source>
        <translation>Drafted automatically from the figures above; copy it and edit as needed.</translation>
    </message>
    <message>
        <source>超期与即将到期</source>
        <translation>Overdue and due soon</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>显示的是 {time} 的统计结果，正在重新统计…</source>
        <translation>Showing the statistics from {time}; recalculating…</translation>
    </message>
    <message>
        <source>统计范围：{scope}</source>
        <translation>Scope: {scope}</translation>
    </message>
    <message>
        <source>按季度统计</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>按月统计</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>将装入一座虚构城市的演示数据：约 30 个站室组、200 名委员、500 次协商议事活动及其意见建议，数据均为演示用的虚构内容，请勿用于正式工作。

同时创建演示账户 admin、clerk、coordinator、viewer（密码均为 demo1234；已有的同名账户不会改动）。

确定装入吗？</source>
        <translation>This will load demo data for a fictional city: about 30 platforms, 200 members, 500 consultation sessions and their suggestions. All of it is fictional and for demonstration only; do not use it for real work.

Demo accounts admin, clerk, coordinator and viewer will also be created (password demo1234 for all; existing accounts with the same names are not changed).

Load the demo data?</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>装入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>已生成 {done}/{total} 次协商议事活动…</source>
        <translation>{done}/{total} consultation sessions generated…</translation>
    </message>
    <message>
        <source>{user}（{role}）{kept}</source>
        <translation>{user} ({role}){kept}</translation>
    </message>
    <message>
        <source>：已存在，未改动</source>
        <translation>: already exists, not changed</translation>
    </message>
    <message>
        <source>已装入演示数据（虚构）：{platforms} 个站室组、{members} 名委员、{sessions} 次协商议事活动、{suggestions} 条意见建议。

演示账户（新建的密码均为 {password}）：
{accounts}</source>
        <translation>Demo data (fictional) loaded: {platforms} platforms, {members} members, {sessions} consultation sessions, {suggestions} suggestions.

Demo accounts (password for new ones: {password}):
{accounts}</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>正在装入演示数据…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>录入{year}年节假日…</source>
        <translation>Enter the {year} holidays…</translation>
    </message>
    <message>
        <source>统计段落已复制</source>
        <translation>Statistics paragraph copied</translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>添加从第一个日期到第二个日期的每一天（只加一天时两个日期相同）</source>
        <translation>Add every day from the first date to the second (use the same date twice to add a single day)</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>共 {n} 天</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>打印文档</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>按数据重新起草</source>
        <translation>Redraft from data</translation>
    </message>
    <message>
        <source>根据所选时间和范围的统计数字起草，可直接修改；打印时使用框中的文字。</source>
        <translation>Drafted from the figures for the chosen period and scope; you can edit it directly. The text in the box is what gets printed.</translation>
    </message>
    <message>
        <source>统计段落</source>
        <translation>Statistics paragraph</translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation>Generate and preview</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>尚未填写单位名称：文件版头要印上本单位的名称，请先填写。</source>
        <translation>The office name has not been entered yet: the document header must carry your office&apos;s name, so please enter it first.</translation>
    </message>
    <message>
        <source>填写单位名称…</source>
        <translation>Enter office name…</translation>
    </message>
    <message>
        <source>请先填写单位名称</source>
        <translation>Please enter the office name first</translation>
    </message>
    <message>
        <source>请先选择要打印的{noun}。</source>
        <translation>Please choose the {noun} to print first.</translation>
    </message>
    <message>
        <source>正在生成{kind}……</source>
        <translation>Generating {kind}…</translation>
    </message>
    <message>
        <source>已取消生成文档。</source>
        <translation>Document generation cancelled.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>导入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <source>所有记录已在一个事务中写入。</source>
        <translation>All records were written in a single transaction.</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>仅显示未达标（告诫提醒）</source>
        <translation>Only members below the thresholds (reminders)</translation>
    </message>
    <message>
        <source>按履职积分排名</source>
        <translation>Rank by duty points</translation>
    </message>
    <message>
        <source>打印积分排名…</source>
        <translation>Print points ranking…</translation>
    </message>
    <message>
        <source>全体委员的履职积分、排名和履职评价等次</source>
        <translation>Duty points, ranking and duty evaluation grade of all members</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>查看明细…</source>
        <translation>View details…</translation>
    </message>
    <message>
        <source>根据各类履职活动、意见建议、社情民意和调研报告记录自动统计，无需另行填报</source>
        <translation>Counted automatically from the records of duty activities, suggestions, public-opinion reports and research reports; nothing needs to be filled in separately</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>参加履职活动不少于 {n} 次</source>
        <translation>at least {n} duty activities</translation>
    </message>
    <message>
        <source>无故缺席不多于 {n} 次</source>
        <translation>no more than {n} unexcused absences</translation>
    </message>
    <message>
        <source>提出意见建议不少于 {n} 条</source>
        <translation>at least {n} suggestions</translation>
    </message>
    <message>
        <source>履职积分不少于 {n} 分</source>
        <translation>at least {n} duty points</translation>
    </message>
    <message>
        <source>告诫提醒标准：{checks}（{note}；标准在“设置”中修改）</source>
        <translation>Reminder thresholds: {checks} ({note}; change the thresholds in &quot;Settings&quot;)</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>共 {n} 名委员，其中 {m} 名未达标</source>
        <translation>{n} members, {m} of them below the thresholds</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>委员或提出方的评价意见（可不填）</source>
        <translation>Evaluation comments from the member or proposer side (optional)</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation>Evaluated on</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>站室组与办公室互相发送数据包：按记录合并，双方改了同一处时列为冲突，不会静默覆盖。</source>
        <translation>Platforms and the office send each other data packages: records are merged one by one, and where both sides changed the same thing it is listed as a conflict, never overwritten silently.</translation>
    </message>
    <message>
        <source>只导出上次之后的变化</source>
        <translation>Export only changes since last time</translation>
    </message>
    <message>
        <source>导出数据包…</source>
        <translation>Export data package…</translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation>Import data package…</translation>
    </message>
    <message>
        <source>处理冲突</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <source>处理冲突（9999）</source>
        <translation>Resolve conflicts (9999)</translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation>Export scope</translation>
    </message>
    <message>
        <source>发出和收到的数据包</source>
        <translation>Data packages sent and received</translation>
    </message>
    <message>
        <source>本机：{name}&#x3000;密钥指纹：{fp}</source>
        <translation>This computer: {name}  Key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>本机：{name}（第一次导出或导入数据包时生成密钥）</source>
        <translation>This computer: {name} (a key is created the first time a data package is exported or imported)</translation>
    </message>
    <message>
        <source>已信任的发送方：{peers}</source>
        <translation>Trusted senders: {peers}</translation>
    </message>
    <message>
        <source>还没有收到过其他电脑的数据包。</source>
        <translation>No data packages have been received from other computers yet.</translation>
    </message>
    <message>
        <source>整个办公室</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>处理冲突（{n}）</source>
        <translation>Resolve conflicts ({n})</translation>
    </message>
    <message>
        <source>数据包-{scope}-{day}.zip</source>
        <translation>data-package-{scope}-{day}.zip</translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation>Export data package</translation>
    </message>
    <message>
        <source>数据包 (*.zip)</source>
        <translation>Data packages (*.zip)</translation>
    </message>
    <message>
        <source>已导出数据包（{n} 条记录）：
{path}</source>
        <translation>Data package exported ({n} records):
{path}</translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation>Exporting the data package…</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation>Import data package</translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation>Checking the data package…</translation>
    </message>
    <message>
        <source>已导入：新增 {c}，修改 {u}，无变化 {n}，冲突 {k}，拒绝 {r}。</source>
        <translation>Imported: {c} new, {u} changed, {n} unchanged, {k} conflicts, {r} rejected.</translation>
    </message>
    <message>
        <source>
有冲突的字段暂时保留本机的值，请点“处理冲突”逐项选择。</source>
        <translation>
For fields in conflict this computer keeps its own value for now; please click &quot;Resolve conflicts&quot; and choose for each one.</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation>Importing the data package…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>截至{day}</source>
        <translation>to_{day}</translation>
    </message>
    <message>
        <source>协商议事台账</source>
        <translation>Consultation_Ledger</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>导出一个 Excel 工作簿，含“协商议事台账”“意见建议办理台账”“站室组名册”“委员名册”和“统计”五张工作表。活动按活动时间、意见建议按提出日期计入时间范围。</source>
        <translation>Exports one Excel workbook with five sheets: &quot;Consultation sessions ledger&quot;, &quot;Suggestion handling ledger&quot;, &quot;Platform roster&quot;, &quot;Member roster&quot; and &quot;Statistics&quot;. Activities fall in the period by their activity time, suggestions by the date raised.</translation>
    </message>
    <message>
        <source>完整导出（含完整手机号）</source>
        <translation>Full export (with full mobile numbers)</translation>
    </message>
    <message>
        <source>完整导出时委员名册中的手机号不再隐去中间四位，本次导出会记入操作记录（审计日志）。请妥善保管导出的文件。</source>
        <translation>In a full export the mobile numbers in the member roster are no longer masked (the middle four digits are shown), and the export is recorded in the audit log. Please keep the exported file safe.</translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以完整导出</source>
        <translation>Only administrators and office clerks can make a full export</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>协商议事台账.xlsx</source>
        <translation>Consultation_Ledger.xlsx</translation>
    </message>
    <message>
        <source>导出台账到</source>
        <translation>Export ledger to</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>请选择导出文件的保存位置。</source>
        <translation>Please choose where to save the exported file.</translation>
    </message>
    <message>
        <source>文件“{name}”已存在，要替换它吗？</source>
        <translation>The file &quot;{name}&quot; already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>正在导出台账……</source>
        <translation>Exporting the ledger…</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>已取消导出，没有生成文件。</source>
        <translation>Export cancelled; no file was created.</translation>
    </message>
</context>
<context>
    <name>ExternalPdfDialog</name>
    <message>
        <source>已生成“{title}”（共 {pages} 页）。本机无法加载程序内预览组件（PDFium），请用系统的 PDF 阅读器打开后查看和打印，或另存为文件。</source>
        <translation>&quot;{title}&quot; has been generated ({pages} pages). The built-in preview (PDFium) cannot be loaded on this computer; please open it in your PDF reader to view and print it, or save it as a file.</translation>
    </message>
    <message>
        <source>用 PDF 阅读器打开</source>
        <translation>Open in PDF reader</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>反馈群众与是否公开</source>
        <translation>Feedback to residents and publication</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>向群众反馈了什么、反馈到哪些小区或群体</source>
        <translation>What was reported back to residents, and to which neighbourhoods or groups</translation>
    </message>
    <message>
        <source>公开</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>不公开</source>
        <translation>Not public</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>不公开时必填，例如：涉及个人隐私</source>
        <translation>Required if not public, e.g. involves personal privacy</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>反馈方式</source>
        <translation>Feedback method</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Feedback content</translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation>Made public</translation>
    </message>
    <message>
        <source>不公开理由</source>
        <translation>Reason for not publishing</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择要导入的台账</source>
        <translation>Choose the ledger to import</translation>
    </message>
    <message>
        <source>可以导入本程序导出的台账，也可以导入各单位自己记的 Excel 台账（.xlsx）。下一步核对各列的含义。</source>
        <translation>You can import a ledger exported by this program, or an Excel ledger (.xlsx) kept by a unit itself. The next step checks what each column means.</translation>
    </message>
    <message>
        <source>选择或粘贴 .xlsx 文件的路径</source>
        <translation>Choose or paste the path of an .xlsx file</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>导入方案</source>
        <translation>Import profile</translation>
    </message>
    <message>
        <source>· 导入前会逐行检查，只要有一行有错误就不写入任何数据。
· 加密、含宏、旧版 .xls 或异常巨大的文件会被拒绝，不会读入。
· 本程序导出的台账带有“记录编号”列，修改后导入会更新原有记录。
· 同一站点每月的台账：第一次核对好各列后保存为“导入方案”，以后选它一步导入。</source>
        <translation>· Every row is checked before importing; if even one row has an error, nothing is written.
· Encrypted files, files with macros, old .xls files and abnormally large files are rejected without being read.
· Ledgers exported by this program have a &quot;Record ID&quot; column; importing them after editing updates the existing records.
· For the same station&apos;s monthly ledger: after checking the columns the first time, save them as an &quot;Import profile&quot; and choose it next time to import in one step.</translation>
    </message>
    <message>
        <source>（自动识别各列）</source>
        <translation>(detect columns automatically)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在读取工作簿……</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation>The file &quot;{path}&quot; cannot be found.</translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <source>已取消读取。</source>
        <translation>Reading cancelled.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>首次使用 — {app}</source>
        <translation>First use — {app}</translation>
    </message>
    <message>
        <source>欢迎使用{app}。这个数据库还没有账户：请填写单位名称，并创建第一个管理员账户。管理员可以再为工作人员、平台联络员和只读用户创建账户。站室组的电脑请用办公室为本站导出的数据包建立，联络员用原来的账户登录。</source>
        <translation>Welcome to {app}. This database has no accounts yet: please enter your office&apos;s name and create the first administrator account. The administrator can then create accounts for clerks, platform coordinators and read-only users. A platform&apos;s computer should be set up from the data package the office exported for that station; coordinators sign in with their existing accounts.</translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation>e.g. General Office of the Xining Municipal CPPCC</translation>
    </message>
    <message>
        <source>登录时输入，例如 admin</source>
        <translation>Used to sign in, e.g. admin</translation>
    </message>
    <message>
        <source>例如：张文书</source>
        <translation>e.g. Zhang Wenshu</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件上，以后可在“设置”中修改。</source>
        <translation>Printed on assignment forms, reminders, work summaries and other documents; you can change it later in &quot;Settings&quot;.</translation>
    </message>
    <message>
        <source>管理员用户名</source>
        <translation>Administrator username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>站室组电脑：用办公室的数据包建立…</source>
        <translation>Platform computer: set up from the office&apos;s data package…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation>First use</translation>
    </message>
    <message>
        <source>选择办公室发来的数据包</source>
        <translation>Choose the data package sent by the office</translation>
    </message>
    <message>
        <source>数据包 (*.zip)</source>
        <translation>Data packages (*.zip)</translation>
    </message>
    <message>
        <source>已用“{office}”的数据包建立本机数据库，共 {n} 条记录。
请与办公室核对其密钥指纹：{fp}
平台联络员可用在办公室使用的用户名和密码登录。</source>
        <translation>This computer&apos;s database has been set up from the data package of &quot;{office}&quot;, with {n} records.
Please check its key fingerprint with the office: {fp}
Platform coordinators can sign in with the username and password they use at the office.</translation>
    </message>
    <message>
        <source>正在建立本机数据库…</source>
        <translation>Setting up this computer&apos;s database…</translation>
    </message>
    <message>
        <source>请填写单位名称</source>
        <translation>Please enter the office name</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>填写的内容尚未保存。确定要放弃这些修改吗？</source>
        <translation>What you entered has not been saved. Discard these changes?</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>HandlingButton</name>
    <message>
        <source>办理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>交办、答复、办结、催办、评价等办理步骤</source>
        <translation>Handling steps: assign, reply, conclude, remind, evaluate, etc.</translation>
    </message>
</context>
<context>
    <name>HandlingMenu</name>
    <message>
        <source>已归档的意见建议不能再办理，请先恢复。</source>
        <translation>An archived suggestion cannot be handled any more; unarchive it first.</translation>
    </message>
    <message>
        <source>办理详情…</source>
        <translation>Handling details…</translation>
    </message>
    <message>
        <source>重新交办…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>交办…</source>
        <translation>Assign…</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>节假日安排</source>
        <translation>Holiday schedule</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>法定节假日</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>删除本年录入</source>
        <translation>Delete this year&apos;s entries</translation>
    </message>
    <message>
        <source>删除办公室为该年录入的日期，改回使用日历数据包（如有）</source>
        <translation>Delete the dates the office entered for this year and go back to the calendar package (if any)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>按国务院办公厅当年发布的节假日安排录入：放假的每一天列为法定节假日，周末调休上班的日子列为调休上班日。普通周末无需录入。</source>
        <translation>Enter the holiday schedule published by the General Office of the State Council for the year: list every day off as a public holiday, and each weekend day worked in exchange as a make-up working day. Ordinary weekends need not be entered.</translation>
    </message>
    <message>
        <source>日历数据包已收录{year}年的节假日安排，通常无需录入；在此录入的日期会逐日覆盖数据包。</source>
        <translation>The calendar package already contains the {year} holiday schedule, so usually nothing needs to be entered; dates entered here override the package day by day.</translation>
    </message>
    <message>
        <source>日历数据包尚未收录{year}年的节假日安排（已收录 {first}–{last} 年）。录入后，办理时限和退办期限将按这里的日期计算工作日。</source>
        <translation>The calendar package does not yet contain the {year} holiday schedule (it covers {first}–{last}). Once entered, handling deadlines and return windows will count working days from the dates here.</translation>
    </message>
    <message>
        <source>确定删除为{year}年录入的节假日安排吗？</source>
        <translation>Delete the holiday schedule entered for {year}?</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>ImportDefaults</name>
    <message>
        <source>例如：城西区胜利路委员驿站</source>
        <translation>e.g. Shengli Road member station, Chengxi District</translation>
    </message>
    <message>
        <source>例如：城西区</source>
        <translation>e.g. Chengxi District</translation>
    </message>
    <message>
        <source>缺少的交办、答复、办结、评价日期取相邻的已知日期（在检查结果中注明）</source>
        <translation>Missing assignment, reply, conclusion and evaluation dates take the nearest known date (noted in the check results)</translation>
    </message>
    <message>
        <source>已交办但未写承办单位时使用（可不填）</source>
        <translation>Used when an item is assigned but no handling unit is given (optional)</translation>
    </message>
    <message>
        <source>不指定</source>
        <translation>None</translation>
    </message>
    <message>
        <source>未填站室组的行归入</source>
        <translation>Rows without a platform go to</translation>
    </message>
    <message>
        <source>新建站室组所属县区</source>
        <translation>County/district of new platforms</translation>
    </message>
    <message>
        <source>默认承办单位</source>
        <translation>Default handling unit</translation>
    </message>
    <message>
        <source>默认答复类别</source>
        <translation>Default reply class</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>例如：市委副书记 王××</source>
        <translation>e.g. Deputy Party Secretary of the city, Wang ××</translation>
    </message>
    <message>
        <source>批示原文</source>
        <translation>Original text of the instruction</translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation>Instructing leader</translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation>Instruction date</translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation>Instruction</translation>
    </message>
</context>
<context>
    <name>InstructionEntryDialog</name>
    <message>
        <source>领导批示</source>
        <translation>Leader&apos;s instruction</translation>
    </message>
    <message>
        <source>例如：市委副书记 王××</source>
        <translation>e.g. Deputy Party Secretary of the city, Wang ××</translation>
    </message>
    <message>
        <source>批示原文</source>
        <translation>Original text of the instruction</translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation>Instructing leader</translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation>Instruction date</translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation>Instruction</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>重新启动程序后生效</source>
        <translation>Applies after the program is restarted</translation>
    </message>
    <message>
        <source>本次运行的语言由环境变量 {var}={value} 指定，优先于此设置。</source>
        <translation>This run&apos;s language is set by the environment variable {var}={value}, which overrides this setting.</translation>
    </message>
</context>
<context>
    <name>LedgerTools</name>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>按当前筛选条件导出 Excel 台账</source>
        <translation>Export an Excel ledger with the current filters</translation>
    </message>
    <message>
        <source>导出所选</source>
        <translation>Export selected</translation>
    </message>
    <message>
        <source>把选中的行（可多选）导出为 Excel，联系电话隐去中间四位</source>
        <translation>Export the selected rows (several can be selected) to Excel, with the middle four digits of phone numbers masked</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>为选中的记录生成可打印的文档</source>
        <translation>Generate a printable document for the selected record</translation>
    </message>
    <message>
        <source>导出所选（{n}）</source>
        <translation>Export selected ({n})</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>最多 {n} 个字</source>
        <translation>At most {n} characters</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>归档所选记录（Delete）；归档后默认不再显示，可随时恢复</source>
        <translation>Archive the selected records (Delete); archived records are hidden by default and can be unarchived at any time</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>（Ctrl+F）</source>
        <translation> (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>已显示 {n} 条，正在统计总数…</source>
        <translation>{n} shown, counting the total…</translation>
    </message>
    <message>
        <source>新建一条记录（Ctrl+N）</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>确定要归档“{name}”吗？</source>
        <translation>Archive &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>确定要归档所选的 {n} 条记录吗？</source>
        <translation>Archive the {n} selected records?</translation>
    </message>
    <message>
        <source>以下工作尚未完成，归档后保持原状、仍需跟进：</source>
        <translation>The following work is not finished; it stays as it is after archiving and still needs follow-up:</translation>
    </message>
    <message>
        <source>归档后默认不在列表中显示，勾选“显示已归档”可以找回并恢复。</source>
        <translation>Archived records are hidden from the list by default; tick &quot;Show archived&quot; to find and unarchive them.</translation>
    </message>
    <message>
        <source>正在归档 {n} 条记录…</source>
        <translation>Archiving {n} records…</translation>
    </message>
    <message>
        <source>批量{what}</source>
        <translation>Batch: {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;记录政协“站、室、组”的协商议事活动，跟踪每条意见建议从交办、办理、答复到办结和评价的全过程。&lt;/p&gt;&lt;p&gt;数据保存在本机，无需联网。&lt;/p&gt;&lt;p&gt;数据库：{database}&lt;br&gt;日志文件：{log}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Records the consultation sessions of the CPPCC platforms and tracks each suggestion through assignment, handling and reply to conclusion and evaluation.&lt;/p&gt;&lt;p&gt;Data is kept on this computer; no internet connection is needed.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Log file: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>只读用户不能导入台账。</source>
        <translation>Read-only users cannot import ledgers.</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <source>打印文档…</source>
        <translation>Print document…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>{page}（Ctrl+{n}）</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>数据库：{url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation>Current user: {name} ({role})</translation>
    </message>
    <message>
        <source>账户：{username}</source>
        <translation>Account: {username}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>核对各列的含义</source>
        <translation>Check what each column means</translation>
    </message>
    <message>
        <source>已按列名自动对应到台账的字段。请逐列核对，不需要的列选“忽略”。</source>
        <translation>Columns have been matched to ledger fields by their names. Please check each column; choose &quot;Ignore&quot; for columns you do not need.</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>第 </source>
        <translation>row </translation>
    </message>
    <message>
        <source> 行</source>
        <translation> </translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>作为</source>
        <translation>as</translation>
    </message>
    <message>
        <source>表头至</source>
        <translation>Header ends at</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>文件中的列名</source>
        <translation>Column name in file</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>前几行数据（按上面的对应读出的样子）：</source>
        <translation>First rows of data (as read with the mapping above):</translation>
    </message>
    <message>
        <source>（无列名）</source>
        <translation>(no column name)</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>有两列对应到同一字段，请只保留一列</source>
        <translation>Two columns are matched to the same field; please keep only one</translation>
    </message>
    <message>
        <source>正在逐行检查……</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>没有要导入的工作表。请至少为一张工作表选择台账类型。</source>
        <translation>There is no sheet to import. Please choose a ledger type for at least one sheet.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>选择或输入界别</source>
        <translation>Choose or type a sector</translation>
    </message>
    <message>
        <source>选择或输入党派</source>
        <translation>Choose or type a party</translation>
    </message>
    <message>
        <source>例如：十五届</source>
        <translation>e.g. 15th</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>界别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>党派</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>届次</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation>Workplace and position</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation>Platforms</translation>
    </message>
</context>
<context>
    <name>MemberDutyDialog</name>
    <message>
        <source>履职档案：{name}</source>
        <translation>Duty record: {name}</translation>
    </message>
    <message>
        <source>告诫提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>统计范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n} times</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>提出意见建议</source>
        <translation>Suggestions raised</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>召集活动</source>
        <translation>Activities convened</translation>
    </message>
    <message>
        <source>视察调研</source>
        <translation>Inspections and research</translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation>Duty activities</translation>
    </message>
    <message>
        <source>出席 {a} 次，无故缺席 {b} 次</source>
        <translation>{a} attended, {b} unexcused absences</translation>
    </message>
    <message>
        <source>社情民意 / 调研报告</source>
        <translation>Public-opinion reports / research reports</translation>
    </message>
    <message>
        <source>报送 {a} 条（采用 {b}） / 执笔 {c} 篇（采用 {d}）</source>
        <translation>{a} submitted ({b} adopted) / {c} written ({d} adopted)</translation>
    </message>
    <message>
        <source>履职积分</source>
        <translation>Duty points</translation>
    </message>
    <message>
        <source>{n} 分（扣分 {d}）</source>
        <translation>{n} points ({d} deducted)</translation>
    </message>
    <message>
        <source>履职评价</source>
        <translation>Duty evaluation</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>参加情况</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>召集</source>
        <translation>convened</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation>Suggestion title</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>发言</source>
        <translation>spoke</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>led</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind} {n} 分</source>
        <translation>{kind} {n} points</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>履职积分 {n} 分：{parts}。积分按“设置 → 履职积分”中的规则由各项履职记录自动计算。</source>
        <translation>Duty points: {n}. By category: {parts}. Points are calculated automatically from the duty records under the rules in &quot;Settings → Duty points&quot;.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>履职记录</source>
        <translation>Duty record</translation>
    </message>
    <message>
        <source>计分项</source>
        <translation>Scored as</translation>
    </message>
    <message>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已达上限（原 {n} 分）</source>
        <translation>Cap reached (originally {n} points)</translation>
    </message>
    <message>
        <source>参加的活动（{n}）</source>
        <translation>Sessions attended ({n})</translation>
    </message>
    <message>
        <source>其他履职活动（{n}）</source>
        <translation>Other duty activities ({n})</translation>
    </message>
    <message>
        <source>提出的意见建议（{n}）</source>
        <translation>Suggestions raised ({n})</translation>
    </message>
    <message>
        <source>履职积分（{n} 分）</source>
        <translation>Duty points ({n})</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>双击活动或建议查看详情。</source>
        <translation>Double-click an activity or suggestion to see its details.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>选择委员</source>
        <translation>Choose members</translation>
    </message>
    <message>
        <source>输入姓名、全拼或拼音首字母（如 zhw）筛选</source>
        <translation>Type a name, full pinyin or pinyin initials (e.g. zhw) to filter</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>勾选要添加的委员（空格键勾选），可多选。</source>
        <translation>Tick the members to add (Space ticks); you can choose several.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>加入名册</source>
        <translation>Add to roster</translation>
    </message>
    <message>
        <source>修改成员记录</source>
        <translation>Edit membership</translation>
    </message>
    <message>
        <source>输入姓名或拼音查找委员</source>
        <translation>Type a name or pinyin to find a member</translation>
    </message>
    <message>
        <source>输入名称或拼音查找</source>
        <translation>Type a name or pinyin to find</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>已填写</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Has left</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>没有可以加入的委员：请先在“委员”页添加委员。</source>
        <translation>There are no members to add: please add members on the &quot;Members&quot; page first.</translation>
    </message>
    <message>
        <source>没有可以加入的站室组：请先在“站室组”页登记站室组。</source>
        <translation>There are no platforms to add: please record platforms on the &quot;Platforms&quot; page first.</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>协商议事活动</source>
        <translation>Consultation sessions</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>按月统计</source>
        <translation>By month</translation>
    </message>
</context>
<context>
    <name>NameCombo</name>
    <message>
        <source>输入姓名、全拼或拼音首字母查找</source>
        <translation>Type a name, its full pinyin or pinyin initials</translation>
    </message>
</context>
<context>
    <name>NotAdoptDialog</name>
    <message>
        <source>例如：所提事项已列入今年城建计划，留作参考</source>
        <translation>e.g. The matter is already in this year&apos;s urban construction plan; kept for reference</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>关闭提示</source>
        <translation>Close this notice</translation>
    </message>
</context>
<context>
    <name>OfficeNameDialog</name>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation>e.g. Xining Municipal CPPCC Office</translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件的版头，以后可在“设置”中修改。</source>
        <translation>Printed in the header of assignment forms, reminder notices, period summaries and other documents. You can change it later in &quot;Settings&quot;.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写本单位的实际名称</source>
        <translation>Please enter the actual name of your office</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>无法打开数据库</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>详细信息已写入日志文件：{path}</source>
        <translation>Details have been written to the log file: {path}</translation>
    </message>
    <message>
        <source>在这里新建台账</source>
        <translation>Create a new ledger here</translation>
    </message>
    <message>
        <source>打开其他数据库文件…</source>
        <translation>Open another database file…</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>找不到数据库文件</source>
        <translation>The database file was not found</translation>
    </message>
    <message>
        <source>数据库中还没有台账</source>
        <translation>The database does not contain a ledger yet</translation>
    </message>
    <message>
        <source>这不是本程序的台账数据库</source>
        <translation>This is not a Consultation Ledger database</translation>
    </message>
    <message>
        <source>数据库来自更高版本的程序</source>
        <translation>The database comes from a newer version of the program</translation>
    </message>
    <message>
        <source>没有访问数据库的权限</source>
        <translation>No permission to access the database</translation>
    </message>
    <message>
        <source>数据库地址不正确</source>
        <translation>The database address is not valid</translation>
    </message>
    <message>
        <source>连接不上数据库服务器</source>
        <translation>Cannot connect to the database server</translation>
    </message>
    <message>
        <source>数据库服务器拒绝登录</source>
        <translation>The database server refused the sign-in</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库</source>
        <translation>This database does not exist on the server</translation>
    </message>
    <message>
        <source>如果路径有误，请打开正确的数据库文件。要在这里开始一本新的台账，请点“在这里新建台账”：程序会新建数据库，并请您创建第一个管理员账户。</source>
        <translation>If the path is wrong, please open the correct database file. To start a new ledger here, click &quot;Create a new ledger here&quot;: the program will create the database and ask you to create the first administrator account.</translation>
    </message>
    <message>
        <source>请打开本程序的数据库文件。如果它原本是本程序的数据库，说明文件已损坏：请由管理员从备份恢复（“备份与恢复”页，或命令 python -m app backup restore）。</source>
        <translation>Please open a database file of this program. If it was one, the file is damaged: an administrator should restore it from a backup (the &quot;Backup and restore&quot; page, or the command python -m app backup restore).</translation>
    </message>
    <message>
        <source>请安装新版本的程序后再打开它，或打开其他数据库文件。这个数据库没有被改动。</source>
        <translation>Please install the newer version of the program before opening it, or open another database file. This database has not been changed.</translation>
    </message>
    <message>
        <source>请检查文件和文件夹的权限（或请管理员设置）后重试；也可以把数据库复制到自己有权写入的位置再打开。</source>
        <translation>Please check the permissions of the file and its folder (or ask an administrator to set them) and try again; you can also copy the database to a place you may write to and open it there.</translation>
    </message>
    <message>
        <source>请检查数据库服务器是否已启动、这台电脑的网络是否连通，以及程序快捷方式中 --db 后的地址（服务器、端口、用户名、密码、数据库名）；问题解决后点“重试”。</source>
        <translation>Please check that the database server is running, that this computer&apos;s network is connected, and the address after --db in the program shortcut (server, port, user name, password, database name); when the problem is solved, click &quot;Retry&quot;.</translation>
    </message>
    <message>
        <source>请检查程序快捷方式中 --db 后的数据库地址。</source>
        <translation>Please check the database address after --db in the program shortcut.</translation>
    </message>
    <message>
        <source>问题解决后点“重试”，或打开其他数据库文件。</source>
        <translation>When the problem is solved, click &quot;Retry&quot;, or open another database file.</translation>
    </message>
    <message>
        <source>最新的有效备份：{summary}
{path}</source>
        <translation>Latest valid backup: {summary}
{path}</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>社情民意信息</source>
        <translation>Public-opinion report</translation>
    </message>
    <message>
        <source>输入姓名筛选委员</source>
        <translation>Type a name to filter members</translation>
    </message>
    <message>
        <source>非委员报送人，例如：特邀信息员 李××</source>
        <translation>Submitter who is not a member, e.g. invited correspondent Li ××</translation>
    </message>
    <message>
        <source>反映问题类</source>
        <translation>Reflects a problem</translation>
    </message>
    <message>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>例如：省政协、全国政协</source>
        <translation>e.g. Provincial CPPCC, National CPPCC</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>例如：《社情民意》2026年第12期</source>
        <translation>e.g. Public Opinion, No. 12, 2026</translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>所属站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>报送委员</source>
        <translation>Submitting members</translation>
    </message>
    <message>
        <source>其他报送人</source>
        <translation>Other submitters</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>签发期号</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>时间</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>OutcomeEntryDialog</name>
    <message>
        <source>成果转化</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>例如：海晏路加装红绿灯，纳入本年度民生实事</source>
        <translation>e.g. Traffic lights added on Haiyan Road, included in this year&apos;s public-service projects</translation>
    </message>
    <message>
        <source>已落实</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>文件文号、项目名称或资金数额</source>
        <translation>Document number, project name or amount of funds</translation>
    </message>
    <message>
        <source>转化为</source>
        <translation>Turned into</translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>落实日期</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation>Document or project</translation>
    </message>
</context>
<context>
    <name>OverdueListDialog</name>
    <message>
        <source>超期清单</source>
        <translation>Overdue list</translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation>Overdue, no reply</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>催办…</source>
        <translation>Send reminder…</translation>
    </message>
    <message>
        <source>导出清单</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>把清单中的全部意见建议导出为 Excel</source>
        <translation>Export all suggestions in the list to Excel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>可多选后一起催办；按 Enter 或双击查看办理详情。天数均按工作日计算。</source>
        <translation>Select several rows to send reminders together; press Enter or double-click to see the handling details. All day counts are working days.</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>批量催办（{n} 条）…</source>
        <translation>Send reminders ({n})…</translation>
    </message>
    <message>
        <source>批量催办</source>
        <translation>Send reminders</translation>
    </message>
</context>
<context>
    <name>OverdueTable</name>
    <message>
        <source>建议标题</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Remind</translation>
    </message>
    <message>
        <source>催办…</source>
        <translation>Send reminder…</translation>
    </message>
    <message>
        <source>办理详情…</source>
        <translation>Handling details…</translation>
    </message>
    <message>
        <source>全部清单…</source>
        <translation>Full list…</translation>
    </message>
    <message>
        <source>在单独的窗口中列出全部，可多选后批量催办或导出</source>
        <translation>List them all in a separate window, where several can be selected to send reminders or export</translation>
    </message>
    <message>
        <source>超期未答复（{n}）</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <source>即将到期（{n}）</source>
        <translation>Due soon ({n})</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue by</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n} times</translation>
    </message>
    <message>
        <source>最近催办：{day}</source>
        <translation>Last reminder: {day}</translation>
    </message>
    <message>
        <source>没有超期未答复的意见建议。</source>
        <translation>No suggestions are overdue without a reply.</translation>
    </message>
    <message>
        <source>近期没有即将到期的意见建议。</source>
        <translation>No suggestions are due soon.</translation>
    </message>
    <message>
        <source>只列出最紧急的 {n} 条；点“全部清单…”查看全部 {total} 条。</source>
        <translation>Only the {n} most urgent are listed; click &quot;Full list…&quot; to see all {total}.</translation>
    </message>
    <message>
        <source>记录一次催办、督办或电话沟通</source>
        <translation>Record a reminder, supervision visit or phone call</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>导入数据包</source>
        <translation>Import data package</translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>来自“{sender}”的第 {seq} 号数据包，{who}于 {at} 导出；范围：{scope}</source>
        <translation>Data package no. {seq} from &quot;{sender}&quot;, exported by {who} at {at}; scope: {scope}</translation>
    </message>
    <message>
        <source>首次收到来自“{sender}”的数据包。请与对方核对密钥指纹：
{fingerprint}
核对无误再导入；导入后本机信任这个密钥，以后用其他密钥签名的数据包一律拒绝。</source>
        <translation>This is the first data package received from &quot;{sender}&quot;. Please check the key fingerprint with the sender:
{fingerprint}
Import only if it matches; after the import this computer trusts this key and refuses any later package signed with another key.</translation>
    </message>
    <message>
        <source>发送方的密钥与本机记住的一致：{fp}</source>
        <translation>The sender&apos;s key matches the one this computer remembers: {fp}</translation>
    </message>
    <message>
        <source>导入后将会：</source>
        <translation>The import will:</translation>
    </message>
    <message>
        <source>没有冲突，也没有被拒绝的记录。</source>
        <translation>No conflicts and no refused records.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>冲突（双方都改了同一字段；导入后保留本机的值，在“处理冲突”中逐项选择）：</source>
        <translation>Conflicts (both sides changed the same field; the import keeps this computer&apos;s value, to be chosen field by field in &quot;Resolve conflicts&quot;):</translation>
    </message>
    <message>
        <source>  {kind}“{record}”的“{field}”：原为 {base}，本机为 {mine}，对方为 {theirs}</source>
        <translation>  {kind} &quot;{record}&quot;, &quot;{field}&quot;: was {base}, here {mine}, theirs {theirs}</translation>
    </message>
    <message>
        <source>不导入的记录：</source>
        <translation>Records not imported:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>Duty activities</translation>
    </message>
    <message>
        <source>专题协商、民主监督、视察调研、委员讲堂、走访和会议</source>
        <translation>Thematic consultations, democratic oversight, inspections and fact-finding, member lectures, visits and meetings</translation>
    </message>
    <message>
        <source>搜索主题、地点或组织单位</source>
        <translation>Search subject, place or organiser</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>政协机关</source>
        <translation>CPPCC office</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>履职档案</source>
        <translation>Duty records</translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>政协委员名册</source>
        <translation>Roll of CPPCC members</translation>
    </message>
    <message>
        <source>搜索姓名（可用拼音或首字母，如 zhw）、界别、党派或工作单位</source>
        <translation>Search name (pinyin or initials also work, e.g. zhw), sector, party or workplace</translation>
    </message>
    <message>
        <source>界别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation>Public-opinion reports</translation>
    </message>
    <message>
        <source>委员报送的社情民意信息及采用、签发、批示情况</source>
        <translation>Public-opinion reports submitted by members, and whether they were adopted, issued or given instructions</translation>
    </message>
    <message>
        <source>搜索标题、内容、报送人或期号</source>
        <translation>Search title, content, submitter or issue number</translation>
    </message>
    <message>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>获批示</source>
        <translation>With instructions</translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation>Reflects a problem</translation>
    </message>
    <message>
        <source>委员驿站、委员工作室、委员联络组</source>
        <translation>Member stations, member studios, member liaison groups</translation>
    </message>
    <message>
        <source>搜索名称、县区、乡镇街道、地址或联络人</source>
        <translation>Search name, county/district, township/street, address or contact person</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation>Consultation briefs</translation>
    </message>
    <message>
        <source>协商成果报送党委政府的专报及批示、转化情况</source>
        <translation>Briefs on consultation results sent to the party committee and government, with instructions and outcomes</translation>
    </message>
    <message>
        <source>搜索标题、期号、报送对象或正文</source>
        <translation>Search title, issue number, recipient or text</translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation>Research reports</translation>
    </message>
    <message>
        <source>调研、视察形成的调研报告及采用情况</source>
        <translation>Research reports from fact-finding and inspections, and whether they were adopted</translation>
    </message>
    <message>
        <source>搜索标题、摘要、执笔人或采用单位</source>
        <translation>Search title, summary, author or adopting body</translation>
    </message>
    <message>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>协商议事</source>
        <translation>Consultation sessions</translation>
    </message>
    <message>
        <source>各站室组开展的协商议事活动</source>
        <translation>Consultation sessions held by the platforms</translation>
    </message>
    <message>
        <source>共 {n} 条（含筹备中的活动；工作台只计已开展的）</source>
        <translation>{n} in all (including planned sessions; the Dashboard counts only those held)</translation>
    </message>
    <message>
        <source>搜索议题、地点或站室组</source>
        <translation>Search topic, place or platform</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>协商成果的交办、办理与答复；红色为超期未答复</source>
        <translation>Assignment, handling and reply of consultation results; red means overdue without a reply</translation>
    </message>
    <message>
        <source>搜索标题、内容、答复或承办单位</source>
        <translation>Search title, content, reply or handling unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>议题与计划</source>
        <translation>Topics and plans</translation>
    </message>
    <message>
        <source>议题征集、议题确定和年度协商计划</source>
        <translation>Topic collection, topic confirmation and the yearly consultation plan</translation>
    </message>
    <message>
        <source>搜索议题、提出者或说明</source>
        <translation>Search topic, proposer or description</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling units</translation>
    </message>
    <message>
        <source>负责办理意见建议的部门</source>
        <translation>Departments that handle suggestions</translation>
    </message>
    <message>
        <source>搜索单位名称或联系人</source>
        <translation>Search unit name or contact person</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位或职务</source>
        <translation>Organisation or position</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>双击单元格或按 F2 填写；Ctrl+Tab 到下一格，Tab 离开表格</source>
        <translation>Double-click a cell or press F2 to edit; Ctrl+Tab goes to the next cell, Tab leaves the table</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>为账户“{name}”设置新密码，并解除锁定。</source>
        <translation>Set a new password for the account &quot;{name}&quot; and unlock it.</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <source>密码已重设。</source>
        <translation>The password has been reset.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewBase</name>
    <message>
        <source>预览：{title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存文件：{reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>第 </source>
        <translation>Page </translation>
    </message>
    <message>
        <source> 页</source>
        <translation> </translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>of {n}</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>PlatformChart</name>
    <message>
        <source>各站室组开展活动次数（前 {n} 位）</source>
        <translation>Sessions held per platform (top {n})</translation>
    </message>
    <message>
        <source>本期没有协商议事活动</source>
        <translation>No consultation sessions in this period</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>例如：城西区胜利路街道委员驿站</source>
        <translation>e.g. Shenglilu Street Member Station, Chengxi District</translation>
    </message>
    <message>
        <source>选择或输入县区</source>
        <translation>Choose or type a county/district</translation>
    </message>
    <message>
        <source>已填写</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>正常开展活动</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation>Township/street</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联络人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>成员名册</source>
        <translation>Member roster</translation>
    </message>
</context>
<context>
    <name>PointsRulesForm</name>
    <message>
        <source>无故缺席扣</source>
        <translation>Unexcused absence (deduct)</translation>
    </message>
    <message>
        <source>每年上限</source>
        <translation>Yearly cap</translation>
    </message>
    <message>
        <source>优秀（不低于）</source>
        <translation>Excellent (at least)</translation>
    </message>
    <message>
        <source>称职（不低于）</source>
        <translation>Competent (at least)</translation>
    </message>
    <message>
        <source>基本称职（不低于）</source>
        <translation>Basically competent (at least)</translation>
    </message>
    <message>
        <source>积分由各类履职记录自动计算；“每年上限”为 0 表示不设上限，扣分不受上限限制。</source>
        <translation>Points are calculated automatically from the duty records; a &quot;Yearly cap&quot; of 0 means no cap, and deductions are never capped.</translation>
    </message>
    <message>
        <source>年度履职评价分数线（按每年标准，统计期不足一年时按月折算）</source>
        <translation>Score thresholds for the yearly duty evaluation (per year; prorated by month when the period is shorter than a year)</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No cap</translation>
    </message>
</context>
<context>
    <name>PrintSettingsForm</name>
    <message>
        <source>例如：西政协交</source>
        <translation>e.g. 西政协交</translation>
    </message>
    <message>
        <source>不编号</source>
        <translation>No numbering</translation>
    </message>
    <message>
        <source>{doc}发文字号</source>
        <translation>{doc} document number</translation>
    </message>
    <message>
        <source>只填机关代字，印出时加年份和序号，如 西政协纪〔2026〕3号；留空则该文件不编号（交办单用“交办”）。已印出的编号不会随之改变。</source>
        <translation>Enter only the issuing office&apos;s code; the year and serial number are added when printing, e.g. 西政协纪〔2026〕3号. Leave it empty and that document is not numbered (the assignment form then uses &quot;交办&quot;). Numbers already printed do not change.</translation>
    </message>
    <message>
        <source>例如：市委办公室，市政府办公室</source>
        <translation>e.g. Municipal Party Committee Office, Municipal Government Office</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>印在协商议事纪要和工作综述的版记中；留空则版记只有印发机关和日期。</source>
        <translation>Printed in the imprint of session records and period summaries; if empty, the imprint shows only the issuing office and the date.</translation>
    </message>
    <message>
        <source>自动选择</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>一般无需填写：本机装有仿宋、黑体、楷体、方正小标宋等字体时自动使用；也可指定单位授权的 TrueType 字体文件（.ttf / .ttc）。</source>
        <translation>Usually nothing to fill in: FangSong, HeiTi, KaiTi, FZ XiaoBiaoSong and similar fonts are used automatically when installed on this computer; you can also choose a TrueType font file licensed to your office (.ttf / .ttc).</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>选择字体文件</source>
        <translation>Choose font file</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc *.otf)</source>
        <translation>TrueType fonts (*.ttf *.ttc *.otf)</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <source>承办单位对建议质量的评价意见（可不填）</source>
        <translation>The handling unit&apos;s comments on the quality of the suggestion (optional)</translation>
    </message>
    <message>
        <source>建议质量</source>
        <translation>Suggestion quality</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation>Evaluated on</translation>
    </message>
</context>
<context>
    <name>RecordChooser</name>
    <message>
        <source>协商议事活动</source>
        <translation>consultation session</translation>
    </message>
    <message>
        <source>搜索议题、地点或站室组</source>
        <translation>Search topic, place or platform</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>搜索标题、内容或承办单位</source>
        <translation>Search title, content or handling unit</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>handling unit</translation>
    </message>
    <message>
        <source>搜索单位名称或联系人</source>
        <translation>Search unit name or contact person</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>搜索议题或提出者</source>
        <translation>Search topic or proposer</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>duty activity</translation>
    </message>
    <message>
        <source>搜索主题、地点或组织单位</source>
        <translation>Search subject, place or organiser</translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation>consultation brief</translation>
    </message>
    <message>
        <source>搜索标题、期号或报送对象</source>
        <translation>Search title, issue number or recipient</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>member</translation>
    </message>
    <message>
        <source>搜索姓名、界别或工作单位</source>
        <translation>Search name, sector or workplace</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>请选择{noun}</source>
        <translation>Please choose {noun}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新建%s</source>
        <translation>New %s</translation>
    </message>
    <message>
        <source>编辑%s</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <source>保存冲突</source>
        <translation>Save conflict</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>＊</source>
        <translation>*</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>选择{noun}</source>
        <translation>Choose {noun}</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>催办</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <source>交办日期 {assigned}，办理时限 {due}</source>
        <translation>Assigned on {assigned}, due {due}</translation>
    </message>
    <message>
        <source>例如：电话联系承办科室，要求本周内书面答复</source>
        <translation>e.g. Phoned the handling section and asked for a written reply this week</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>答复和办结记录将清除（仍保留在时间线上），意见建议回到“办理中”。</source>
        <translation>The reply and conclusion records will be cleared (they stay on the timeline), and the suggestion returns to &quot;Being handled&quot;.</translation>
    </message>
    <message>
        <source>意见建议回到“待交办”，可重新交办。</source>
        <translation>The suggestion returns to &quot;To be assigned&quot; and can be reassigned.</translation>
    </message>
    <message>
        <source>例如：委员对答复不满意，要求继续办理</source>
        <translation>e.g. The member is not satisfied with the reply and asks for further handling</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>设定新的办理时限</source>
        <translation>Set a new handling deadline</translation>
    </message>
    <message>
        <source>新时限</source>
        <translation>New deadline</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>承办单位的答复意见</source>
        <translation>The handling unit&apos;s reply</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Replied on</translation>
    </message>
</context>
<context>
    <name>ResearchReportDialog</name>
    <message>
        <source>调研报告</source>
        <translation>Research report</translation>
    </message>
    <message>
        <source>输入姓名筛选委员</source>
        <translation>Type a name to filter members</translation>
    </message>
    <message>
        <source>非委员执笔人，例如：市政协研究室 张××</source>
        <translation>Author who is not a member, e.g. Research Office of the Municipal CPPCC, Zhang ××</translation>
    </message>
    <message>
        <source>已采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>例如：市委、市政府</source>
        <translation>e.g. Municipal Party Committee, Municipal Government</translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>所属调研活动</source>
        <translation>Fact-finding activity</translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>执笔委员</source>
        <translation>Authors (members)</translation>
    </message>
    <message>
        <source>其他执笔人</source>
        <translation>Other authors</translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>报告摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>选了所属调研活动时，组织层级随活动。</source>
        <translation>When a fact-finding activity is chosen, the level follows that activity.</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>登记反馈与公开…</source>
        <translation>Record feedback and disclosure…</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Issue no.</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation>Brief title</translation>
    </message>
    <message>
        <source>登记协商专报…</source>
        <translation>Record consultation brief…</translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation>Instructed on</translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>添加批示…</source>
        <translation>Add instruction…</translation>
    </message>
    <message>
        <source>删除所选批示</source>
        <translation>Delete selected instruction</translation>
    </message>
    <message>
        <source>转化为</source>
        <translation>Turned into</translation>
    </message>
    <message>
        <source>落实日期</source>
        <translation>Implemented on</translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation>Document or project</translation>
    </message>
    <message>
        <source>添加成果转化…</source>
        <translation>Add outcome…</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>反馈群众与是否公开</source>
        <translation>Feedback to residents and disclosure</translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation>Consultation briefs</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
    <message>
        <source>成果转化</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>{day}以“{method}”方式向群众反馈</source>
        <translation>Residents informed on {day} by &quot;{method}&quot;</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <source>尚未登记向群众反馈的情况</source>
        <translation>No feedback to residents recorded yet</translation>
    </message>
    <message>
        <source>公开</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>不公开（{reason}）</source>
        <translation>Not public ({reason})</translation>
    </message>
    <message>
        <source>是否公开：{value}</source>
        <translation>Public: {value}</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>删除所选的领导批示吗？</source>
        <translation>Delete the selected leaders&apos; instructions?</translation>
    </message>
    <message>
        <source>删除所选的成果转化记录吗？</source>
        <translation>Delete the selected outcome records?</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ResultsReportDialog</name>
    <message>
        <source>协商专报</source>
        <translation>Consultation brief</translation>
    </message>
    <message>
        <source>保存时自动编号</source>
        <translation>Numbered automatically on saving</translation>
    </message>
    <message>
        <source>市委、市政府</source>
        <translation>市委、市政府</translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation>Consultation session</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>Duty activity</translation>
    </message>
    <message>
        <source>不针对单次活动</source>
        <translation>Not about a single activity</translation>
    </message>
    <message>
        <source>专报正文；也可保存后在“附件”中添加专报文件，这里只写摘要</source>
        <translation>Text of the brief; you can also add the brief&apos;s file under &quot;Attachments&quot; after saving and write only a summary here</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Issue no.</translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation>Brief title</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>报送内容</source>
        <translation>About</translation>
    </message>
    <message>
        <source>专报正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>专报</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>关于“{title}”协商成果的专报</source>
        <translation>关于“{title}”协商成果的专报</translation>
    </message>
    <message>
        <source>（未编号）</source>
        <translation>(not numbered)</translation>
    </message>
    <message>
        <source>批示与成果转化</source>
        <translation>Instructions and outcomes</translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation>Attachments ({n})</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>例如：该事项属区住建局职责，不属本单位办理范围</source>
        <translation>e.g. The matter falls under the district housing and construction bureau and is outside this unit&apos;s remit</translation>
    </message>
    <message>
        <source>退办理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>退办日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>退办须在交办后 {n} 个工作日内提出</source>
        <translation>A return must be made within {n} working days of assignment</translation>
    </message>
    <message>
        <source>（交办日期 {day}）。</source>
        <translation> (assigned on {day}).</translation>
    </message>
    <message>
        <source>（交办日期 {day}，退办截止 {end}）。</source>
        <translation> (assigned on {day}, return deadline {end}).</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>加入站室组…</source>
        <translation>Join platform…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>离开名册</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <source>记下今天离开（其他日期用“修改…”）；记录保留，履职档案仍按当时的名册统计</source>
        <translation>Records leaving today (use &quot;Edit…&quot; for another date); the entry is kept and duty records still count by the roster of the time</translation>
    </message>
    <message>
        <source>显示已离开的</source>
        <translation>Show former entries</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>保存站室组后即可添加成员。</source>
        <translation>Save the platform first, then add members.</translation>
    </message>
    <message>
        <source>保存委员信息后即可加入站室组。</source>
        <translation>Save the member first, then add them to platforms.</translation>
    </message>
    <message>
        <source>现有 {n} 名成员。</source>
        <translation>{n} current members.</translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 行（联系电话已隐去）。</source>
        <translation>{n} rows exported (phone numbers left out).</translation>
    </message>
    <message>
        <source>无法写入文件：{error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>只读：{name}</source>
        <translation>Read-only: {name}</translation>
    </message>
    <message>
        <source>正在检查数据库…（可以查看，保存会等检查完成）</source>
        <translation>Checking the database… (you can browse; saving waits until the check is done)</translation>
    </message>
    <message>
        <source>数据库只读</source>
        <translation>Database is read-only</translation>
    </message>
    <message>
        <source>自动备份未完成：{reason}</source>
        <translation>The automatic backup did not complete: {reason}</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation>All counties/districts</translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>全部站室组（可输入名称或拼音查找）</source>
        <translation>All platforms (type a name or pinyin to find one)</translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation>All counties/districts</translation>
    </message>
    <message>
        <source>时间范围</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>输入要查找的字词，例如：交通&#x3000;红绿灯；委员可输入姓名或拼音，如 zhw</source>
        <translation>Type the words to find, separated by spaces, e.g. 交通 红绿灯; members can also be found by name or pinyin, e.g. zhw</translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation>Consultation sessions</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>导出结果</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>把全部检索结果（不只是本页）导出为 Excel</source>
        <translation>Export all search results (not just this page) to Excel</translation>
    </message>
    <message>
        <source>在议题、会议纪要、形成共识、建议内容、答复、落实情况、承办单位和委员姓名（含拼音）中查找</source>
        <translation>Searches topics, minutes, consensus, suggestion content, replies, implementation, handling units and member names (pinyin included)</translation>
    </message>
    <message>
        <source>按 Enter 或双击打开：活动详情、意见建议的办理详情或委员信息。</source>
        <translation>Press Enter or double-click to open: the session details, a suggestion&apos;s handling details or the member&apos;s information.</translation>
    </message>
    <message>
        <source>活动：</source>
        <translation>Session: </translation>
    </message>
    <message>
        <source>建议：</source>
        <translation>Suggestion: </translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>没有找到包含“{text}”的记录</source>
        <translation>No records contain &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>共找到 {n} 条</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>第 {a}–{b} 条（第 {p}/{n} 页）</source>
        <translation>{a}–{b} (page {p} of {n})</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>登记意见建议…</source>
        <translation>Record suggestion…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>协商议事活动：{topic}</source>
        <translation>Consultation session: {topic}</translation>
    </message>
    <message>
        <source>查看登记…</source>
        <translation>View entry…</translation>
    </message>
    <message>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>意见建议（{n}）</source>
        <translation>Suggestions ({n})</translation>
    </message>
    <message>
        <source>成果运用</source>
        <translation>Use of results</translation>
    </message>
    <message>
        <source>时间线（{n}）</source>
        <translation>Timeline ({n})</translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>{form}，地点：{place}</source>
        <translation>{form}, place: {place}</translation>
    </message>
    <message>
        <source>；出席委员 {n} 人</source>
        <translation>; {n} members present</translation>
    </message>
    <message>
        <source>召开</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>计划召开</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation>Topic source</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <source>召集人</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>群众代表</source>
        <translation>Resident representatives</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>尚未录入会议纪要。</source>
        <translation>No minutes entered yet.</translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>尚未录入形成的共识。</source>
        <translation>No consensus entered yet.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>参会委员</source>
        <translation>Attending members</translation>
    </message>
    <message>
        <source>其他参会人员</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>未登记其他参会人员。</source>
        <translation>No other participants recorded.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>协商议事活动</source>
        <translation>Consultation session</translation>
    </message>
    <message>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation>e.g. How to move ahead with adding lifts to old residential buildings</translation>
    </message>
    <message>
        <source>请选择站室组（可输入名称或拼音）</source>
        <translation>Choose a platform (type a name or pinyin)</translation>
    </message>
    <message>
        <source>还没有登记任何站室组：请先登记站室组，再登记协商议事活动。</source>
        <translation>No platforms are registered yet: please register a platform first, then the consultation session.</translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation>Register platform…</translation>
    </message>
    <message>
        <source>未指定（可输入姓名或拼音查找）</source>
        <translation>Not set (type a name or pinyin to find)</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>{low}–{high} 人</source>
        <translation>{low}–{high} people</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation>Topic source</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>召集人</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>群众代表人数</source>
        <translation>Resident representatives</translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation>Planned topic</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状态在列表的“状态”菜单中变更。</source>
        <translation>The status is changed from the &quot;Status&quot; menu in the list.</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>参会委员</source>
        <translation>Attending members</translation>
    </message>
    <message>
        <source>其他参会人员</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>纪要与共识</source>
        <translation>Minutes and consensus</translation>
    </message>
    <message>
        <source>请选择站室组</source>
        <translation>Please choose a platform</translation>
    </message>
    <message>
        <source>（无权查看的议题）</source>
        <translation>(topic you may not view)</translation>
    </message>
</context>
<context>
    <name>SessionSuggestions</name>
    <message>
        <source>双击查看办理详情；红色为超期未答复</source>
        <translation>Double-click to see the handling details; red means overdue without a reply</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>时间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>正在将 {n} 次活动改为“{state}”…</source>
        <translation>Changing {n} sessions to &quot;{state}&quot;…</translation>
    </message>
    <message>
        <source>改为“{state}”</source>
        <translation>Change to &quot;{state}&quot;</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation>e.g. Xining Municipal CPPCC Office</translation>
    </message>
    <message>
        <source>不提醒</source>
        <translation>No warning</translation>
    </message>
    <message>
        <source>不检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source> 条</source>
        <translation> suggestions</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件上。</source>
        <translation>Printed on assignment forms, reminder notices, period summaries and other documents.</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>交办后多少个工作日内答复；交办时可逐条调整。</source>
        <translation>Working days after assignment within which a reply is due; can be adjusted for each item when assigning.</translation>
    </message>
    <message>
        <source>退办期限</source>
        <translation>Return window</translation>
    </message>
    <message>
        <source>承办单位须在交办后多少个工作日内提出退办。</source>
        <translation>Working days after assignment within which a handling unit may return an item.</translation>
    </message>
    <message>
        <source>到期提醒</source>
        <translation>Due-soon warning</translation>
    </message>
    <message>
        <source>离办理时限还有多少个工作日时列入“即将到期”。</source>
        <translation>An item is listed as &quot;Due soon&quot; when this many working days remain before its handling deadline.</translation>
    </message>
    <message>
        <source>附件大小上限</source>
        <translation>Attachment size limit</translation>
    </message>
    <message>
        <source>每个附件文件的最大大小；附件保存在数据库中，随备份一起保存。</source>
        <translation>The largest size of each attachment file; attachments are stored in the database and included in backups.</translation>
    </message>
    <message>
        <source>每年最少参加履职活动</source>
        <translation>Minimum duty activities attended per year</translation>
    </message>
    <message>
        <source>每年最多无故缺席</source>
        <translation>Maximum unexcused absences per year</translation>
    </message>
    <message>
        <source>每年最少提出意见建议</source>
        <translation>Minimum suggestions raised per year</translation>
    </message>
    <message>
        <source>每年最低履职积分</source>
        <translation>Minimum duty points per year</translation>
    </message>
    <message>
        <source>低于标准的委员列入履职档案的“告诫提醒”名单；设为 0 则不检查该项。</source>
        <translation>Members below these standards are put on the &quot;Duty reminders&quot; list in the duty records; set 0 to skip that check.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>录入或修改节假日…</source>
        <translation>Enter or edit holidays…</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holiday schedule</translation>
    </message>
    <message>
        <source>工作日按国家法定节假日和调休安排计算。日历数据包已收录 {first}–{last} 年；国务院办公厅公布新一年的安排后，请在这里录入该年的节假日和调休上班日。</source>
        <translation>Working days follow the national statutory holidays and make-up working days. The built-in calendar data covers {first}–{last}; when the General Office of the State Council publishes the schedule for a new year, please enter that year&apos;s holidays and make-up working days here.</translation>
    </message>
    <message>
        <source>单位与办理</source>
        <translation>Office and handling</translation>
    </message>
    <message>
        <source>委员履职提醒标准（每年）</source>
        <translation>Member duty reminder thresholds (per year)</translation>
    </message>
    <message>
        <source>履职积分规则与履职评价</source>
        <translation>Duty points rules and duty evaluation</translation>
    </message>
    <message>
        <source>履职活动类型</source>
        <translation>Duty activity types</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>全单位共用，保存在数据库中</source>
        <translation>Shared by the whole office, stored in the database</translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以修改设置</source>
        <translation>Only administrators and office clerks can change the settings</translation>
    </message>
    <message>
        <source>{year}年：法定节假日 {h} 天，调休上班日 {w} 天</source>
        <translation>{year}: {h} statutory holidays, {w} make-up working days</translation>
    </message>
    <message>
        <source>尚未录入任何年份（均使用日历数据包）</source>
        <translation>No years entered yet (the built-in calendar data is used for all)</translation>
    </message>
    <message>
        <source>有设置未能保存，请看红字说明。</source>
        <translation>Some settings could not be saved; please see the notes in red.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation>There are no changes to save.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 — {app}</source>
        <translation>Sign in — {app}</translation>
    </message>
    <message>
        <source>请输入您的账户和密码。忘记密码请联系管理员重设。</source>
        <translation>Please enter your account and password. If you have forgotten your password, ask an administrator to reset it.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>正在打开台账，请稍候…</source>
        <translation>Opening the ledger, please wait…</translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <source>填写单位名称</source>
        <translation>Enter the office name</translation>
    </message>
    <message>
        <source>印在交办单、催办单和工作综述的版头上。</source>
        <translation>Printed in the header of assignment forms, reminder notices and period summaries.</translation>
    </message>
    <message>
        <source>填写单位名称…</source>
        <translation>Enter office name…</translation>
    </message>
    <message>
        <source>登记站室组</source>
        <translation>Register platforms</translation>
    </message>
    <message>
        <source>委员驿站、委员工作室、委员联络组：协商议事活动都在这里开展。</source>
        <translation>Member stations, member studios, member liaison groups: consultation sessions take place here.</translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation>Register platform…</translation>
    </message>
    <message>
        <source>添加委员</source>
        <translation>Add members</translation>
    </message>
    <message>
        <source>政协委员名册，再把委员加入各站室组的名册。</source>
        <translation>The roll of CPPCC members; then add the members to each platform&apos;s roster.</translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>登记协商议事活动</source>
        <translation>Record consultation sessions</translation>
    </message>
    <message>
        <source>议题、时间、参会委员和形成的共识；意见建议随后登记并交办。</source>
        <translation>Topic, date, attending members and the consensus reached; suggestions are recorded and assigned afterwards.</translation>
    </message>
    <message>
        <source>登记协商议事活动…</source>
        <translation>Record consultation session…</translation>
    </message>
    <message>
        <source>载入演示数据（虚构示例）…</source>
        <translation>Load demo data (fictional example)…</translation>
    </message>
    <message>
        <source>想先看看效果？可以装入一座虚构城市的演示数据（站室组、委员、500 次协商议事活动及意见建议），并创建演示账户 admin、clerk、coordinator、viewer（密码 demo1234）。演示数据均为虚构，请勿用于正式工作。</source>
        <translation>Want to see it in action first? You can load demo data for a fictional city (platforms, members, 500 consultation sessions with their suggestions) and create the demo accounts admin, clerk, coordinator and viewer (password demo1234). The demo data are fictional; please do not use them for real work.</translation>
    </message>
    <message>
        <source>使用指南（F1）</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>按下面的顺序做好准备，就可以登记第一次协商议事活动。</source>
        <translation>Prepare these in order, and you are ready to record your first consultation session.</translation>
    </message>
</context>
<context>
    <name>StateButton</name>
    <message>
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>改为“{state}”</source>
        <translation>Change to &quot;{state}&quot;</translation>
    </message>
    <message>
        <source>变更状态（{n} 条）</source>
        <translation>Change status ({n})</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{title}（当前状态：{state}）</source>
        <translation>{title} (current status: {state})</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SuggestionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>所属活动…</source>
        <translation>Open session…</translation>
    </message>
    <message>
        <source>列为典型成果</source>
        <translation>Mark as typical result</translation>
    </message>
    <message>
        <source>工作综述的“典型成果”一节只列选定的意见建议；一条也未选定时按默认规则选出</source>
        <translation>The &quot;Typical results&quot; section of the period summary lists only the suggestions marked here; if none is marked, they are chosen by the default rules</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>意见建议：{title}</source>
        <translation>Suggestion: {title}</translation>
    </message>
    <message>
        <source>查看登记…</source>
        <translation>View entry…</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>时间线（{n}）</source>
        <translation>Timeline ({n})</translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>典型成果</source>
        <translation>Typical result</translation>
    </message>
    <message>
        <source>{day}（已超期 {n} 个工作日）</source>
        <translation>{day} (overdue by {n} working days)</translation>
    </message>
    <message>
        <source>{day}（剩余 {n} 个工作日）</source>
        <translation>{day} ({n} working days left)</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>（反映问题类）</source>
        <translation> (reflects a problem)</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation>Co-handling units</translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation>Handling mode</translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>退办</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>委员评价日期</source>
        <translation>Evaluated by members on</translation>
    </message>
    <message>
        <source>建议质量</source>
        <translation>Suggestion quality</translation>
    </message>
    <message>
        <source>质量评价日期</source>
        <translation>Quality evaluated on</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>未填写建议内容。</source>
        <translation>No content entered.</translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>尚未答复。</source>
        <translation>No reply yet.</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>尚未办结。</source>
        <translation>Not concluded yet.</translation>
    </message>
    <message>
        <source>领导批示（{n} 件次）</source>
        <translation>Leaders&apos; instructions ({n})</translation>
    </message>
    <message>
        <source>没有领导批示。</source>
        <translation>No leaders&apos; instructions.</translation>
    </message>
    <message>
        <source>双向评价</source>
        <translation>Two-way evaluation</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>意见建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>反映问题类</source>
        <translation>Reflects a problem</translation>
    </message>
    <message>
        <source>来自协商议事活动</source>
        <translation>From a consultation session</translation>
    </message>
    <message>
        <source>来自履职活动（视察、民主监督等）</source>
        <translation>From a duty activity (inspection, democratic oversight, etc.)</translation>
    </message>
    <message>
        <source>直接登记到站室组</source>
        <translation>Directly under a platform</translation>
    </message>
    <message>
        <source>尚未选择</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>请选择站室组（可输入名称或拼音）</source>
        <translation>Choose a platform (type a name or pinyin)</translation>
    </message>
    <message>
        <source>还没有登记任何站室组：请先登记站室组。</source>
        <translation>No platforms are registered yet: please register a platform first.</translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation>Register platform…</translation>
    </message>
    <message>
        <source>已填写（不填则用活动日期）</source>
        <translation>Set (otherwise the session date is used)</translation>
    </message>
    <message>
        <source>未指定委员（可输入姓名或拼音查找）</source>
        <translation>No member (type a name or pinyin to find)</translation>
    </message>
    <message>
        <source>未指定委员</source>
        <translation>No member</translation>
    </message>
    <message>
        <source>非委员提出时填写，例如：胜利路社区居民</source>
        <translation>For a proposer who is not a member, e.g. residents of Shenglilu Community</translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>所属履职活动</source>
        <translation>Duty activity</translation>
    </message>
    <message>
        <source>站室组</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>提出委员</source>
        <translation>Proposing member</translation>
    </message>
    <message>
        <source>其他提出人</source>
        <translation>Other proposer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>请选择站室组</source>
        <translation>Please choose a platform</translation>
    </message>
    <message>
        <source>请选择所属协商议事活动</source>
        <translation>Please choose the consultation session</translation>
    </message>
    <message>
        <source>请选择所属履职活动</source>
        <translation>Please choose the duty activity</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>批量办理</source>
        <translation>Batch handling</translation>
    </message>
    <message>
        <source>为选中的多条意见建议一起催办或开始办理</source>
        <translation>Send reminders or start handling for several selected suggestions at once</translation>
    </message>
    <message>
        <source>批量{step}…</source>
        <translation>{step} in batch…</translation>
    </message>
    <message>
        <source>只看超期未答复</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>批量办理（{n} 条）</source>
        <translation>Batch handling ({n})</translation>
    </message>
    <message>
        <source>批量{step}</source>
        <translation>{step} in batch</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation>e.g. How to move ahead with adding lifts to old residential buildings</translation>
    </message>
    <message>
        <source>提出议题的单位、委员或群众</source>
        <translation>The unit, member or residents proposing the topic</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation>Topic source</translation>
    </message>
    <message>
        <source>提出者</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>征集渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation>Collected on</translation>
    </message>
    <message>
        <source>议题说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>已确定</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>例如：市政协主席会议</source>
        <translation>e.g. Chairperson&apos;s meeting of the Municipal CPPCC</translation>
    </message>
    <message>
        <source>（按确定日期的年份）</source>
        <translation>(year of confirmation)</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>按承办自动选择</source>
        <translation>Automatic, by organiser</translation>
    </message>
    <message>
        <source>确定情况</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>确定日期</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>确定机关</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation>Planned month</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>活动形式</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>未采用理由</source>
        <translation>Reason not adopted</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>确定后列入年度协商计划；承办选“政协机关”时由办公室组织（如专题协商）。</source>
        <translation>Once confirmed, the topic goes into the yearly consultation plan; when &quot;CPPCC office&quot; is chosen as organiser, the office organises it (e.g. a thematic consultation).</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>组织</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>议题征集</source>
        <translation>Topic collection</translation>
    </message>
    <message>
        <source>议题确定与计划</source>
        <translation>Confirmation and plan</translation>
    </message>
    <message>
        <source>开展情况</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>开展情况（{n}）</source>
        <translation>Activities held ({n})</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>据此登记活动…</source>
        <translation>Record activity for topic…</translation>
    </message>
    <message>
        <source>为选中的已确定议题登记协商议事活动或履职活动，议题与活动保持关联</source>
        <translation>Record a consultation session or duty activity for the selected confirmed topic; the topic and the activity stay linked</translation>
    </message>
    <message>
        <source>打印年度计划…</source>
        <translation>Print yearly plan…</translation>
    </message>
    <message>
        <source>{year}年计划议题 {n} 个：已开展 {held}，计划中 {planned}，逾期未开展 {overdue}</source>
        <translation>{year} plan: {n} topics; {held} held, {planned} planned, {overdue} overdue and not held</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>承办单位</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>例如：市住房和城乡建设局</source>
        <translation>e.g. Municipal Housing and Urban-Rural Development Bureau</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>对应无法识别的取值</source>
        <translation>Map unrecognised values</translation>
    </message>
    <message>
        <source>下面每个词在台账中出现一处或多处，程序不认识。请为每个词选择它表示的取值，不选的行按错误报告。</source>
        <translation>Each word below appears once or more in the ledger and is not recognised by the program. Please choose the value each word stands for; rows left without a choice are reported as errors.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>台账中的写法</source>
        <translation>As written in the ledger</translation>
    </message>
    <message>
        <source>出现</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>同时加入单位设置，以后导入的所有台账都认得这些词</source>
        <translation>Also add them to the office settings, so that every ledger imported later recognises these words</translation>
    </message>
    <message>
        <source>{n} 处，首见于{where}</source>
        <translation>{n} times, first at {where}</translation>
    </message>
    <message>
        <source>（不对应）</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>共 {n} 个词。</source>
        <translation>{n} words in all.</translation>
    </message>
    <message>
        <source>正在按对应的取值重新检查……</source>
        <translation>Checking again with the mapped values…</translation>
    </message>
</context>
<context>
    <name>_Dated</name>
    <message>
        <source>时间</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>未命名</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>文件位置：{path}</source>
        <translation>Saved to: {path}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>打开台账数据库</source>
        <translation>Open a ledger database</translation>
    </message>
    <message>
        <source>台账数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</source>
        <translation>Ledger databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>无法打开生成的 PDF 文件（{error}）。</source>
        <translation>The generated PDF file could not be opened ({error}).</translation>
    </message>
    <message>
        <source>无法开始打印，请检查打印机。</source>
        <translation>Printing could not start. Please check the printer.</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在发送到打印机……</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>已损坏，无法读取</source>
        <translation>damaged, cannot be read</translation>
    </message>
    <message>
        <source>恢复会用这份备份替换当前数据库的全部内容：

备份：{backup}
当前：{current}

恢复前，当前数据库会先另存为一份“恢复前”备份；恢复错了，恢复那一份即可撤销。</source>
        <translation>Restoring replaces everything in the current database with this backup:

Backup: {backup}
Current: {current}

Before restoring, the current database is saved as a &quot;before restore&quot; backup; if this was a mistake, restore that one to undo it.</translation>
    </message>
    <message>
        <source>这是多人共用的数据库：恢复前请其他工作人员先关闭程序。</source>
        <translation>This database is shared: ask the other clerks to close the program before restoring.</translation>
    </message>
    <message>
        <source>已从备份恢复：{summary}</source>
        <translation>Restored from the backup: {summary}</translation>
    </message>
    <message>
        <source>恢复前的数据库已备份为：{path}</source>
        <translation>The database as it was before is kept as: {path}</translation>
    </message>
    <message>
        <source>损坏的文件保留为：{path}</source>
        <translation>The damaged file is kept as: {path}</translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation>Restore not finished</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>正在恢复数据库…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <source>正在读取当前数据库…</source>
        <translation>Reading the current database…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
