import { Text, View } from '@tarojs/components';
import { WEEKDAY_LABELS, type CalendarWeek } from './checkin-model';

/** This month's check-in days: checked days filled, today ringed. */
export function CheckinCalendar({ title, weeks }: { title: string; weeks: CalendarWeek[] }) {
  return (
    <View className='checkin-cal'>
      <Text className='checkin-cal__title'>{title}</Text>
      <View className='checkin-cal__row'>
        {WEEKDAY_LABELS.map((w) => (
          <Text key={w} className='checkin-cal__cell checkin-cal__cell--head'>
            {w}
          </Text>
        ))}
      </View>
      {weeks.map((week, i) => (
        <View key={i} className='checkin-cal__row'>
          {week.map((cell, j) =>
            cell ? (
              <Text
                key={cell.date}
                id={`checkin-day-${cell.day}`}
                className={`checkin-cal__cell${cell.checked ? ' checkin-cal__cell--checked' : ''}${cell.today ? ' checkin-cal__cell--today' : ''}${cell.future ? ' checkin-cal__cell--future' : ''}`}
              >
                {cell.day}
              </Text>
            ) : (
              <Text key={`blank-${j}`} className='checkin-cal__cell' />
            ),
          )}
        </View>
      ))}
    </View>
  );
}
